"use client";
import { inputClass, TextField, valueOf } from "@/app/_components/forms/field";
import { FormActions } from "@/app/_components/staff/form-row";
import { useStaffForm } from "@/app/_components/staff/use-staff-form";
import { referenceSchema } from "@/lib/catalog/reference-schema";
import { saveReferenceAction } from "./actions";

type Name = "key" | "authors" | "title" | "journal" | "year" | "volume" | "pages" | "pmid" | "doi" | "url";
export type ReferenceFormValues = { id?: number } & Record<Name, string>;

export function ReferenceForm({ reference }: { reference?: ReferenceFormValues }) {
  const { errors, formRef, message, ok, onSubmit, pending, state } = useStaffForm(referenceSchema, saveReferenceAction, {
    resetOnSuccess: false,
  });
  const values = state.status === "error" ? state.values : undefined;
  const v = (name: Name) => valueOf(values, name, reference?.[name] ?? "");
  const line = (
    name: Name,
    label: string,
    { required = false, hint, mono = false, inputMode }: { required?: boolean; hint?: string; mono?: boolean; inputMode?: "numeric" } = {},
  ) => (
    <TextField
      name={name}
      label={label}
      errors={errors}
      required={required}
      hint={hint}
      inputMode={inputMode}
      defaultValue={v(name)}
      inputClassName={`${inputClass} ${mono ? "font-mono" : ""}`}
    />
  );
  return (
    <form
      ref={formRef}
      onSubmit={onSubmit}
      className="grid gap-4 sm:grid-cols-2"
      aria-label={reference ? `Edit ${reference.key}` : "New reference"}
    >
      {reference ? (
        <>
          <input type="hidden" name="id" value={reference.id} />
          <input type="hidden" name="key" value={reference.key} />
        </>
      ) : (
        line("key", "Key", { required: true, mono: true, hint: "Guides cite it as [@key]; cannot change later. e.g. witkin2017jpet" })
      )}
      <div className="sm:col-span-2">{line("title", "Title", { required: true })}</div>
      <div className="sm:col-span-2">{line("authors", "Authors", { hint: "As printed: Witkin JM, Mitchell SN, Wafford KA, et al." })}</div>
      {line("journal", "Journal")}
      {line("year", "Year", { inputMode: "numeric" })}
      {line("volume", "Volume")}
      {line("pages", "Pages")}
      {line("doi", "DOI", { mono: true, hint: "10.xxxx/… (a doi.org link is accepted)." })}
      {line("pmid", "PubMed id", { mono: true, inputMode: "numeric", hint: "Digits only." })}
      <div className="sm:col-span-2">{line("url", "Web address", { hint: "For database records or sources without a DOI." })}</div>
      <FormActions
        label={reference ? "Save reference" : "Add reference"}
        primary
        pending={pending}
        message={message}
        ok={ok}
        wrap="sm:col-span-2"
      />
    </form>
  );
}
