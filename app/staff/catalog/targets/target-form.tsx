"use client";
import { Field, inputClass, SuggestField, valueOf } from "@/app/_components/forms/field";
import { FormActions } from "@/app/_components/staff/form-row";
import { useStaffForm } from "@/app/_components/staff/use-staff-form";
import { targetSchema } from "@/lib/catalog/target-schema";
import { saveTargetAction } from "./actions";

export type TargetFormValues = { id?: number; slug: string; name: string; family: string; geneSymbol: string };

export function TargetForm({ target, families }: { target?: TargetFormValues; families: string[] }) {
  const { errors, formRef, message, ok, onSubmit, pending, state } = useStaffForm(targetSchema, saveTargetAction, {
    resetOnSuccess: !target,
  });
  const values = state.status === "error" ? state.values : undefined;
  const v = (name: keyof TargetFormValues) => valueOf(values, name, target ? String(target[name] ?? "") : "");
  return (
    <form
      ref={formRef}
      onSubmit={onSubmit}
      className="grid gap-4 sm:grid-cols-2"
      aria-label={target ? `Edit ${target.name}` : "New target"}
    >
      {target ? (
        <>
          <input type="hidden" name="id" value={target.id} />
          <input type="hidden" name="slug" value={target.slug} />
        </>
      ) : (
        <Field name="slug" label="Slug" hint="In catalog filter links (/products?target=…); cannot change later." errors={errors} required>
          {(props) => <input {...props} defaultValue={v("slug")} className={`${inputClass} font-mono`} />}
        </Field>
      )}
      <Field name="name" label="Name" hint="As readers see it, e.g. mGlu2 receptor." errors={errors} required>
        {(props) => <input {...props} defaultValue={v("name")} className={inputClass} />}
      </Field>
      <SuggestField
        name="family"
        label="Family"
        hint="Groups targets, e.g. Metabotropic glutamate receptors."
        errors={errors}
        required
        listId="target-families"
        options={families.map((value) => ({ value }))}
        defaultValue={v("family")}
      />
      <Field name="geneSymbol" label="Gene symbol (HGNC)" hint="For a single gene product, e.g. GRM2." errors={errors}>
        {(props) => <input {...props} defaultValue={v("geneSymbol")} className={`${inputClass} font-mono`} />}
      </Field>
      <FormActions label={target ? "Save target" : "Add target"} primary pending={pending} message={message} ok={ok} wrap="sm:col-span-2" />
    </form>
  );
}
