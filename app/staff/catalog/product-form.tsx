"use client";
import { Field, FieldError, fieldId, inputClass, TextField, valueOf } from "@/app/_components/forms/field";
import { FormActions } from "@/app/_components/staff/form-row";
import { useStaffForm } from "@/app/_components/staff/use-staff-form";
import { productEditSchema } from "@/lib/catalog/product-edit-schema";
import { currencies, currencyNames, type Currency } from "@/lib/core/money";
import type { FieldErrors } from "@/lib/core/form-data";
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
  | "availability"
  | "description",
  string
>;

/** A pack size as the form shows it, with its list prices as decimals ("" = on request). */
export type PackPriceValues = { size: string; prices: Record<Currency, string> };

export function ProductForm({ initial, packs = [], isNew }: { initial: ProductFormValues; packs?: PackPriceValues[]; isNew: boolean }) {
  const { errors, formRef, message, ok, onSubmit, pending, state } = useStaffForm(productEditSchema, saveProductAction, {
    resetOnSuccess: false,
  });
  const values = state.status === "error" ? state.values : undefined;
  const v = (name: keyof ProductFormValues) => valueOf(values, name, initial[name]);
  const line = (name: keyof ProductFormValues, label: string, required = false, hint?: string) => (
    <TextField name={name} label={label} errors={errors} required={required} hint={hint} defaultValue={v(name)} />
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
      {packs.length ? <PackPrices packs={packs} errors={errors} value={(name, fallback) => valueOf(values, name, fallback)} /> : null}
      <FormActions
        label={pending ? "Checking and saving…" : isNew ? "Create product" : "Save product"}
        primary
        pending={pending}
        message={message}
        ok={ok}
        wrap="sm:col-span-2"
      />
    </form>
  );
}

/** One row per pack size, one field per currency; each error sits under its own field. */
function PackPrices({
  packs,
  errors,
  value,
}: {
  packs: PackPriceValues[];
  errors: FieldErrors;
  value: (name: string, fallback: string) => string;
}) {
  const grid = "grid grid-cols-[4.5rem_repeat(3,minmax(0,1fr))] items-start gap-x-2 sm:grid-cols-[6rem_repeat(3,minmax(0,10rem))]";
  return (
    <fieldset className="sm:col-span-2" aria-describedby="prices-hint">
      <legend className="text-sm font-semibold">List prices</legend>
      <p id="prices-hint" className="mt-0.5 text-xs text-ink-muted">
        Per pack size and currency, like 165.00. Leave a price empty for &ldquo;on request&rdquo;. Pack sizes come from the catalog import.
      </p>
      <div className={`${grid} mt-2 text-xs font-semibold text-ink-muted`} aria-hidden="true">
        <span>Pack size</span>
        {currencies.map((currency) => (
          <span key={currency} title={currencyNames[currency]}>
            {currency}
          </span>
        ))}
      </div>
      {packs.map((pack, i) => (
        <div key={pack.size} className={`${grid} mt-1`}>
          <span className="flex min-h-11 items-center font-medium">
            {pack.size}
            <input type="hidden" name={`packs.${i}.size`} value={pack.size} />
          </span>
          {currencies.map((currency) => {
            const name = `packs.${i}.${currency}`;
            const id = fieldId(name);
            const error = errors[name];
            return (
              <div key={currency}>
                <label htmlFor={id} className="sr-only">
                  {pack.size}, {currency}
                </label>
                <input
                  id={id}
                  name={name}
                  inputMode="decimal"
                  autoComplete="off"
                  defaultValue={value(name, pack.prices[currency])}
                  aria-invalid={error ? true : undefined}
                  aria-describedby={error ? `${id}-error` : undefined}
                  placeholder="on request"
                  className={`${inputClass} text-right tabular-nums`}
                />
                <FieldError id={id} error={error} />
              </div>
            );
          })}
        </div>
      ))}
    </fieldset>
  );
}
