"use client";
import { Field, inputClass, SelectField, valueOf } from "@/app/_components/forms/field";
import { FormActions } from "@/app/_components/staff/form-row";
import { useStaffForm } from "@/app/_components/staff/use-staff-form";
import { productLifecycleSchema, productRenameSchema } from "@/lib/catalog/product-edit-schema";
import { renameProductAction, saveProductLifecycleAction } from "./actions";

export type LifecycleFormValues = { status: "active" | "discontinued"; discontinuedOn: string; reason: string; replacement: string };

/** Sold or discontinued (since when, why, what instead). Field ids of their own: the page holds other forms. */
export function LifecycleForm({ catalogNumber, initial }: { catalogNumber: string; initial: LifecycleFormValues }) {
  const { errors, formRef, message, ok, onSubmit, pending, state } = useStaffForm(productLifecycleSchema, saveProductLifecycleAction, {
    resetOnSuccess: false,
  });
  const values = state.status === "error" ? state.values : undefined;
  const id = (name: string) => `lifecycle-${name}`;
  const value = (name: keyof LifecycleFormValues) => valueOf(values, name, initial[name]);
  return (
    <form ref={formRef} onSubmit={onSubmit} noValidate aria-label={`Sale status of ${catalogNumber}`} className="grid gap-3 sm:grid-cols-2">
      <input type="hidden" name="catalogNumber" value={catalogNumber} />
      <SelectField
        id={id("status")}
        name="status"
        label="Status"
        errors={errors}
        required
        empty={null}
        options={[
          { value: "active", label: "Sold" },
          { value: "discontinued", label: "Discontinued" },
        ]}
        defaultValue={value("status")}
      />
      <Field id={id("discontinuedOn")} name="discontinuedOn" label="Discontinued on" hint="Needed when discontinued." errors={errors}>
        {(props) => <input {...props} type="date" defaultValue={value("discontinuedOn")} className={inputClass} />}
      </Field>
      <Field
        id={id("reason")}
        name="reason"
        label="Reason"
        hint="Shown on the product page, e.g. “The manufacturer no longer supplies it”."
        errors={errors}
      >
        {(props) => <input {...props} maxLength={300} defaultValue={value("reason")} className={inputClass} />}
      </Field>
      <Field
        id={id("replacement")}
        name="replacement"
        label="Suggested replacement"
        hint="Catalog number of a product we still sell."
        errors={errors}
      >
        {(props) => <input {...props} autoComplete="off" defaultValue={value("replacement")} className={`${inputClass} font-mono`} />}
      </Field>
      <FormActions label={pending ? "Saving…" : "Save status"} pending={pending} message={message} ok={ok} wrap="sm:col-span-2" />
    </form>
  );
}

/** A new catalog number; the old one keeps leading to the product (301). */
export function RenameForm({ catalogNumber }: { catalogNumber: string }) {
  const { errors, formRef, message, ok, onSubmit, pending, state } = useStaffForm(productRenameSchema, renameProductAction, {
    resetOnSuccess: false,
  });
  const values = state.status === "error" ? state.values : undefined;
  return (
    <form
      ref={formRef}
      onSubmit={onSubmit}
      noValidate
      aria-label={`Change the catalog number of ${catalogNumber}`}
      className="grid gap-3 sm:grid-cols-2"
    >
      <input type="hidden" name="catalogNumber" value={catalogNumber} />
      <Field
        id="rename-newCatalogNumber"
        name="newCatalogNumber"
        label="New catalog number"
        hint={`${catalogNumber} will redirect to it permanently and cannot be given to another product.`}
        errors={errors}
        required
      >
        {(props) => (
          <input {...props} autoComplete="off" defaultValue={valueOf(values, "newCatalogNumber")} className={`${inputClass} font-mono`} />
        )}
      </Field>
      <FormActions
        label={pending ? "Renaming…" : "Change catalog number"}
        pending={pending}
        message={message}
        ok={ok}
        wrap="sm:col-span-2"
      />
    </form>
  );
}
