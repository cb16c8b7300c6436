"use client";
import { useState, type FormEvent } from "react";
import { Field, inputClass, SelectField } from "@/app/_components/forms/field";
import { FormResult } from "@/app/_components/staff/form-result";
import { useStaffForm } from "@/app/_components/staff/use-staff-form";
import { MAX_SDS_BYTES, removeSdsSchema, SDS_LANGUAGES, sdsUploadSchema, type SdsLanguage } from "@/lib/catalog/sds-schema";
import { removeSdsAction, uploadSdsAction } from "./actions";

const tooLarge = (file: File) => `${file.name} is over ${MAX_SDS_BYTES / 1024 / 1024} MB`;

/** Upload a product's SDS in one language; one already there in that language is replaced. */
export function UploadSdsForm({ catalogNumber }: { catalogNumber: string }) {
  const { errors, formRef, message, ok, onSubmit, pending } = useStaffForm(sdsUploadSchema, uploadSdsAction);
  // The schema sees only the file's name; its size is known here before a 10 MB body is sent (the
  // server checks it again, with the content).
  const [sizeError, setSizeError] = useState<string | undefined>();
  const submit = (event: FormEvent<HTMLFormElement>) => {
    const file = new FormData(event.currentTarget).get("file");
    const error = file instanceof File && file.size > MAX_SDS_BYTES ? tooLarge(file) : undefined;
    setSizeError(error);
    if (error) {
      event.preventDefault();
      event.currentTarget.querySelector<HTMLElement>('[name="file"]')?.focus();
      return;
    }
    onSubmit(event);
  };
  const shown = sizeError ? { ...errors, file: sizeError } : errors;
  return (
    <form
      ref={formRef}
      onSubmit={submit}
      aria-label="Upload a safety data sheet"
      noValidate
      className="grid gap-3 sm:grid-cols-[12rem_minmax(0,1fr)_auto] sm:items-start"
    >
      <input type="hidden" name="catalogNumber" value={catalogNumber} />
      <SelectField
        id="sds-language"
        name="language"
        label="Language"
        errors={shown}
        required
        defaultValue="en"
        empty={null}
        options={Object.entries(SDS_LANGUAGES).map(([value, label]) => ({ value, label: `${label} (${value})` }))}
      />
      <Field id="sds-file" name="file" label="SDS file" hint={`PDF, at most ${MAX_SDS_BYTES / 1024 / 1024} MB`} errors={shown} required>
        {(props) => (
          <input {...props} type="file" accept=".pdf,application/pdf" onChange={() => setSizeError(undefined)} className={inputClass} />
        )}
      </Field>
      <div className="flex flex-wrap items-center gap-3 sm:col-span-3">
        <button type="submit" className="btn btn-secondary" disabled={pending}>
          {pending ? "Uploading…" : "Upload SDS"}
        </button>
        <FormResult message={sizeError ? undefined : message} ok={ok} />
      </div>
    </form>
  );
}

export function RemoveSdsButton({ catalogNumber, language }: { catalogNumber: string; language: SdsLanguage }) {
  const { formRef, message, ok, onSubmit, pending } = useStaffForm(removeSdsSchema, removeSdsAction, { resetOnSuccess: false });
  const name = SDS_LANGUAGES[language];
  return (
    <form
      ref={formRef}
      onSubmit={(e) => {
        if (!window.confirm(`Remove the ${name} safety data sheet? The product page will say there is none in ${name}.`)) {
          return e.preventDefault();
        }
        onSubmit(e);
      }}
      className="inline-flex items-center gap-2"
    >
      <input type="hidden" name="catalogNumber" value={catalogNumber} />
      <input type="hidden" name="language" value={language} />
      <button
        type="submit"
        className="text-sm text-red-800 underline"
        disabled={pending}
        aria-label={`Remove the ${name} safety data sheet`}
      >
        Remove
      </button>
      <FormResult message={message} ok={ok} />
    </form>
  );
}
