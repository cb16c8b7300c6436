"use client";
import { Field, inputClass, SuggestField, valueOf } from "@/app/_components/forms/field";
import { FormResult } from "@/app/_components/staff/form-result";
import { useStaffForm } from "@/app/_components/staff/use-staff-form";
import { COMMON_SOLVENTS, IN_HOUSE, removeSolubilitySchema, solubilitySchema } from "@/lib/catalog/solubility-schema";
import { removeSolubilityAction, saveSolubilityAction } from "./actions";

export function SaveSolubilityForm({ catalogNumber, references }: { catalogNumber: string; references: { key: string; label: string }[] }) {
  const { errors, formRef, message, ok, onSubmit, pending, state } = useStaffForm(solubilitySchema, saveSolubilityAction);
  const values = state.status === "error" ? state.values : undefined;
  // Ids of their own: the sources and activity forms on the same page have a "reference"-like field too.
  const id = (name: string) => `solubility-${name}`;
  return (
    <form
      ref={formRef}
      onSubmit={onSubmit}
      aria-label="Add or replace a solubility value"
      className="grid gap-3 border-t border-line pt-3 sm:grid-cols-4"
    >
      <input type="hidden" name="catalogNumber" value={catalogNumber} />
      <div className="sm:col-span-2">
        <SuggestField
          id={id("solvent")}
          name="solvent"
          label="Solvent"
          hint="A solvent already listed is replaced."
          errors={errors}
          required
          listId="solubility-solvents"
          options={COMMON_SOLVENTS.map((value) => ({ value }))}
          defaultValue={valueOf(values, "solvent")}
        />
      </div>
      <Field
        id={id("maxMgPerMl")}
        name="maxMgPerMl"
        label="Maximum (mg/mL)"
        hint="Of this salt form; mM is computed."
        errors={errors}
        required
      >
        {(props) => <input {...props} inputMode="decimal" defaultValue={valueOf(values, "maxMgPerMl")} className={inputClass} />}
      </Field>
      <div className="flex items-end pb-2">
        <label className="flex items-center gap-2 text-sm">
          <input type="checkbox" name="atLeast" defaultChecked={valueOf(values, "atLeast") === "on"} className="h-5 w-5" />
          Lower bound (≥): not saturated
        </label>
      </div>
      <div className="sm:col-span-2">
        <Field
          id={id("conditions")}
          name="conditions"
          label="Conditions"
          hint="e.g. with warming to 37 °C; ultrasonic bath"
          errors={errors}
        >
          {(props) => <input {...props} defaultValue={valueOf(values, "conditions")} className={inputClass} />}
        </Field>
      </div>
      <div className="sm:col-span-2">
        <SuggestField
          id={id("source")}
          name="source"
          label="Source"
          hint={`Reference key, DOI or PubMed id; or ${IN_HOUSE} for our own measurement.`}
          errors={errors}
          required
          listId="solubility-source-choices"
          options={[{ value: IN_HOUSE, label: "Measured in-house" }, ...references.map((c) => ({ value: c.key, label: c.label }))]}
          defaultValue={valueOf(values, "source")}
        />
      </div>
      <div className="flex flex-wrap items-center gap-3 sm:col-span-4">
        <button type="submit" className="btn btn-secondary" disabled={pending}>
          Save solubility
        </button>
        <FormResult message={message} ok={ok} />
      </div>
    </form>
  );
}

export function RemoveSolubilityButton({
  catalogNumber,
  solubilityId,
  solvent,
}: {
  catalogNumber: string;
  solubilityId: number;
  solvent: string;
}) {
  const { formRef, message, ok, onSubmit, pending } = useStaffForm(removeSolubilitySchema, removeSolubilityAction, {
    resetOnSuccess: false,
  });
  return (
    <form
      ref={formRef}
      onSubmit={(e) => {
        if (!window.confirm(`Remove the solubility in ${solvent}?`)) return e.preventDefault();
        onSubmit(e);
      }}
      className="inline-flex items-center gap-2"
    >
      <input type="hidden" name="catalogNumber" value={catalogNumber} />
      <input type="hidden" name="solubilityId" value={solubilityId} />
      <button
        type="submit"
        className="text-sm text-red-800 underline"
        disabled={pending}
        aria-label={`Remove the solubility in ${solvent}`}
      >
        Remove
      </button>
      <FormResult message={message} ok={ok} />
    </form>
  );
}
