"use client";
import { Field, inputClass, SuggestField, valueOf } from "@/app/_components/forms/field";
import { FormActions } from "@/app/_components/staff/form-row";
import { FormResult } from "@/app/_components/staff/form-result";
import { useStaffForm } from "@/app/_components/staff/use-staff-form";
import { linkProductReferenceSchema, unlinkProductReferenceSchema } from "@/lib/catalog/reference-schema";
import { linkProductReferenceAction, unlinkProductReferenceAction } from "./actions";

export function LinkReferenceForm({ catalogNumber, choices }: { catalogNumber: string; choices: { key: string; label: string }[] }) {
  const { errors, formRef, message, ok, onSubmit, pending, state } = useStaffForm(linkProductReferenceSchema, linkProductReferenceAction);
  const values = state.status === "error" ? state.values : undefined;
  return (
    <form
      ref={formRef}
      onSubmit={onSubmit}
      aria-label="Link a source"
      className="grid gap-3 border-t border-line pt-3 sm:grid-cols-[1fr_1fr_auto] sm:items-end"
    >
      <input type="hidden" name="catalogNumber" value={catalogNumber} />
      <SuggestField
        name="reference"
        label="Reference"
        hint="Its key, DOI or PubMed id."
        errors={errors}
        required
        listId="reference-choices"
        options={choices.map((c) => ({ value: c.key, label: c.label }))}
        defaultValue={valueOf(values, "reference")}
      />
      <Field name="supports" label="What it supports" hint="e.g. structure and stereochemistry" errors={errors}>
        {(props) => <input {...props} defaultValue={valueOf(values, "supports")} className={inputClass} />}
      </Field>
      <FormActions label="Link source" pending={pending} message={message} ok={ok} resultClassName="sm:col-span-3" />
    </form>
  );
}

export function UnlinkReferenceButton({
  catalogNumber,
  referenceId,
  referenceKey,
}: {
  catalogNumber: string;
  referenceId: number;
  referenceKey: string;
}) {
  const { formRef, message, ok, onSubmit, pending } = useStaffForm(unlinkProductReferenceSchema, unlinkProductReferenceAction, {
    resetOnSuccess: false,
  });
  return (
    <form ref={formRef} onSubmit={onSubmit} className="inline-flex items-center gap-2">
      <input type="hidden" name="catalogNumber" value={catalogNumber} />
      <input type="hidden" name="referenceId" value={referenceId} />
      <button type="submit" className="text-sm text-red-800 underline" disabled={pending} aria-label={`Unlink ${referenceKey}`}>
        Unlink
      </button>
      <FormResult message={message} ok={ok} />
    </form>
  );
}
