"use client";
import { Field, inputClass, valueOf } from "@/app/_components/forms/field";
import { FormResult } from "@/app/_components/staff/form-result";
import { useStaffForm } from "@/app/_components/staff/use-staff-form";
import { productEditSchema } from "@/lib/catalog/product-edit-schema";
import { saveProductAction } from "./actions";

export type ProductFormValues = Record<
  | "catalogNumber"
  | "name"
  | "saltForm"
  | "parent"
  | "smiles"
  | "cas"
  | "synonyms"
  | "purity"
  | "appearance"
  | "storage"
  | "solubility"
  | "availability"
  | "description",
  string
>;

export function ProductForm({ initial, isNew }: { initial: ProductFormValues; isNew: boolean }) {
  const { errors, formRef, message, ok, onSubmit, pending, state } = useStaffForm(productEditSchema, saveProductAction, {
    resetOnSuccess: false,
  });
  const values = state.status === "error" ? state.values : undefined;
  const v = (name: keyof ProductFormValues) => valueOf(values, name, initial[name]);
  const line = (name: keyof ProductFormValues, label: string, required = false, hint?: string) => (
    <Field name={name} label={label} errors={errors} required={required} hint={hint}>
      {(props) => <input {...props} defaultValue={v(name)} className={inputClass} />}
    </Field>
  );
  return (
    <form
      ref={formRef}
      onSubmit={onSubmit}
      className="grid gap-4 sm:grid-cols-2"
      aria-label={isNew ? "New product" : `Edit ${initial.catalogNumber}`}
    >
      {isNew ? line("catalogNumber", "Catalog number", true) : <input type="hidden" name="catalogNumber" value={initial.catalogNumber} />}
      {line("name", "Name", true)}
      {line("saltForm", "Salt form", true, "hydrochloride, free base, maleate… One product per salt form.")}
      {line("parent", "Parent compound", false, "Salt forms with the same parent are linked.")}
      <Field
        name="smiles"
        label="Structure (SMILES)"
        errors={errors}
        required
        className="sm:col-span-2"
        hint="Formula, MW, InChIKey and the drawing are recomputed from it with RDKit."
      >
        {(props) => <input {...props} defaultValue={v("smiles")} className={`${inputClass} font-mono`} />}
      </Field>
      {line("cas", "CAS number")}
      <Field name="synonyms" label="Synonyms" errors={errors} hint="One per line.">
        {(props) => <textarea {...props} rows={3} defaultValue={v("synonyms")} className={inputClass} />}
      </Field>
      {line("purity", "Purity")}
      {line("appearance", "Appearance")}
      {line("storage", "Storage")}
      {line("solubility", "Solubility")}
      {line("availability", "Availability", false, "Stock or lead-time note shown beside the pack sizes.")}
      <Field
        name="description"
        label="Description"
        errors={errors}
        required
        className="sm:col-span-2"
        hint="Our own words; cite the sources."
      >
        {(props) => <textarea {...props} rows={8} defaultValue={v("description")} className={inputClass} />}
      </Field>
      <div className="flex flex-wrap items-center gap-3 sm:col-span-2">
        <button type="submit" className="btn btn-primary" disabled={pending}>
          {pending ? "Checking and saving…" : isNew ? "Create product" : "Save product"}
        </button>
        <FormResult message={message} ok={ok} />
      </div>
    </form>
  );
}
