"use client";
import { Field, inputClass, SelectField, valueOf } from "@/app/_components/forms/field";
import { FormResult } from "@/app/_components/staff/form-result";
import { useStaffForm } from "@/app/_components/staff/use-staff-form";
import { LOT_QUANTITY_UNITS, lotSchema } from "@/lib/catalog/lot-schema";
import { MS_ADDUCTS, msAdducts } from "@/lib/catalog/mass-spec";
import { saveLotAction } from "./actions";

/** A lot as the form shows it: every field as typed text. */
export type LotFormValues = Record<
  | "lotId"
  | "lotNumber"
  | "manufacturedOn"
  | "useBy"
  | "dateKind"
  | "quantityAvailable"
  | "quantityUnit"
  | "appearance"
  | "waterPercent"
  | "waterMethod"
  | "hplcPurity"
  | "hplcWavelengthNm"
  | "nmrConsistent"
  | "nmrConclusion"
  | "msAdduct"
  | "msMzFound",
  string
> & { demo: boolean };

export const blankLot: LotFormValues = {
  lotId: "",
  lotNumber: "",
  manufacturedOn: "",
  useBy: "",
  dateKind: "RETEST",
  quantityAvailable: "",
  quantityUnit: "mg",
  appearance: "",
  waterPercent: "",
  waterMethod: "",
  hplcPurity: "",
  hplcWavelengthNm: "",
  nmrConsistent: "",
  nmrConclusion: "",
  msAdduct: "",
  msMzFound: "",
  demo: false,
};

/** Add a lot (no `lotId`) or edit one. Field ids are prefixed: the page holds one form per lot. */
export function LotForm({ catalogNumber, initial, prefix }: { catalogNumber: string; initial: LotFormValues; prefix: string }) {
  const editing = Boolean(initial.lotId);
  const { errors, formRef, message, ok, onSubmit, pending, state } = useStaffForm(lotSchema, saveLotAction, { resetOnSuccess: !editing });
  const values = state.status === "error" ? state.values : undefined;
  const id = (name: string) => `${prefix}-${name}`;
  const value = (name: keyof LotFormValues) => valueOf(values, name, String(initial[name]));
  const text = (
    name: keyof LotFormValues,
    label: string,
    {
      hint,
      required = false,
      type = "text",
      inputMode,
    }: { hint?: string; required?: boolean; type?: string; inputMode?: "decimal" | "numeric" } = {},
  ) => (
    <Field id={id(name)} name={name} label={label} hint={hint} errors={errors} required={required}>
      {(props) => <input {...props} type={type} inputMode={inputMode} defaultValue={value(name)} className={inputClass} />}
    </Field>
  );
  const select = (name: keyof LotFormValues, label: string, options: { value: string; label: string }[], required = false) => (
    <SelectField
      id={id(name)}
      name={name}
      label={label}
      errors={errors}
      required={required}
      options={options}
      defaultValue={value(name)}
      empty={required ? null : "—"}
    />
  );
  const demoChecked = values ? values.demo === "on" : initial.demo;
  return (
    <form
      ref={formRef}
      onSubmit={onSubmit}
      aria-label={editing ? `Edit lot ${initial.lotNumber}` : "Add a lot"}
      noValidate
      className="grid gap-3 sm:grid-cols-4"
    >
      <input type="hidden" name="catalogNumber" value={catalogNumber} />
      <input type="hidden" name="lotId" value={initial.lotId} />
      <div className="sm:col-span-2">{text("lotNumber", "Lot number", { required: true, hint: "As on the label, e.g. RD26-0412" })}</div>
      {text("manufacturedOn", "Manufactured", { required: true, type: "date" })}
      {text("quantityAvailable", "Quantity available", { required: true, inputMode: "decimal" })}
      {select(
        "quantityUnit",
        "Unit",
        LOT_QUANTITY_UNITS.map((u) => ({ value: u, label: u })),
        true,
      )}
      {select(
        "dateKind",
        "Date kind",
        [
          { value: "RETEST", label: "Retest date" },
          { value: "EXPIRY", label: "Expiry date" },
        ],
        true,
      )}
      {text("useBy", "Retest or expiry date", { required: true, type: "date" })}
      {text("appearance", "Appearance", { required: true, hint: "e.g. White solid" })}
      {text("hplcPurity", "HPLC purity (area %)", { inputMode: "decimal", hint: "e.g. 99.2" })}
      {text("hplcWavelengthNm", "HPLC wavelength (nm)", { inputMode: "numeric", hint: "Detection wavelength, e.g. 220" })}
      {select("nmrConsistent", "¹H NMR consistent with structure", [
        { value: "yes", label: "Yes" },
        { value: "no", label: "No" },
      ])}
      {text("nmrConclusion", "¹H NMR conclusion", { hint: "Instrument and solvent, e.g. 400 MHz, DMSO-d6" })}
      {select(
        "msAdduct",
        "LC-MS ion",
        MS_ADDUCTS.map((a) => ({ value: a, label: msAdducts[a].label })),
      )}
      {text("msMzFound", "m/z found", {
        inputMode: "decimal",
        hint: "The calculated m/z is computed from the structure (a salt's parent) when the lot is saved.",
      })}
      {text("waterPercent", "Water (% w/w)", { inputMode: "decimal" })}
      {text("waterMethod", "Water method", { hint: "e.g. Karl Fischer, coulometric" })}
      <div className="flex items-center gap-2 sm:col-span-4">
        <input id={id("demo")} name="demo" type="checkbox" defaultChecked={demoChecked} className="size-5" />
        <label htmlFor={id("demo")} className="text-sm">
          Demo lot — illustrative data (printed as such on the page and the CoA)
        </label>
      </div>
      <div className="flex flex-wrap items-center gap-3 sm:col-span-4">
        <button type="submit" className="btn btn-secondary" disabled={pending}>
          {editing ? `Save lot ${initial.lotNumber}` : "Add lot"}
        </button>
        <FormResult message={message} ok={ok} />
      </div>
    </form>
  );
}
