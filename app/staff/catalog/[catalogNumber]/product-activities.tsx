"use client";
import { SelectField, SuggestField, TextField, valueOf } from "@/app/_components/forms/field";
import { ConfirmButton } from "@/app/_components/staff/confirm-button";
import { FormActions } from "@/app/_components/staff/form-row";
import { useStaffForm } from "@/app/_components/staff/use-staff-form";
import { ACTIVITY_MEASURES, ACTIVITY_RELATIONS, ACTIVITY_UNITS, activitySchema, removeActivitySchema } from "@/lib/catalog/activity-schema";
import { addActivityAction, removeActivityAction } from "./actions";

type Choice = { slug: string; name: string };

export function AddActivityForm({
  catalogNumber,
  targets,
  mechanisms,
  references,
}: {
  catalogNumber: string;
  targets: Choice[];
  mechanisms: Choice[];
  references: { key: string; label: string }[];
}) {
  const { errors, formRef, message, ok, onSubmit, pending, state } = useStaffForm(activitySchema, addActivityAction);
  const values = state.status === "error" ? state.values : undefined;
  // Ids of their own: the sources form on the same page also has a "reference" field.
  const id = (name: string) => `activity-${name}`;
  const select = (name: string, label: string, options: { value: string; label: string }[], required = false) => (
    <SelectField
      id={id(name)}
      name={name}
      label={label}
      errors={errors}
      required={required}
      options={options}
      defaultValue={valueOf(values, name)}
      empty={required ? "Choose…" : "—"}
    />
  );
  const text = (name: string, label: string, hint?: string, inputMode?: "decimal") => (
    <TextField
      id={id(name)}
      name={name}
      label={label}
      hint={hint}
      errors={errors}
      inputMode={inputMode}
      defaultValue={valueOf(values, name)}
    />
  );
  const plain = (list: readonly string[]) => list.map((v) => ({ value: v, label: v }));
  return (
    <form ref={formRef} onSubmit={onSubmit} aria-label="Add an activity" className="grid gap-3 border-t border-line pt-3 sm:grid-cols-4">
      <input type="hidden" name="catalogNumber" value={catalogNumber} />
      <div className="sm:col-span-2">
        {select(
          "target",
          "Target",
          targets.map((t) => ({ value: t.slug, label: t.name })),
          true,
        )}
      </div>
      <div className="sm:col-span-2">
        {select(
          "mechanism",
          "Mechanism",
          mechanisms.map((m) => ({ value: m.slug, label: m.name })),
          true,
        )}
      </div>
      {select("measure", "Measure", plain(ACTIVITY_MEASURES))}
      {select("relation", "Bound", plain(ACTIVITY_RELATIONS))}
      {text("value", "Value", "Leave empty when only the mechanism is published.", "decimal")}
      {select("unit", "Unit", plain(ACTIVITY_UNITS))}
      <div className="sm:col-span-2">{text("species", "Species", "e.g. human, rat")}</div>
      <div className="sm:col-span-2">{text("assay", "Assay", "In a few words, e.g. [3H]-ligand binding, recombinant cells")}</div>
      <div className="sm:col-span-4">
        <SuggestField
          id={id("reference")}
          name="reference"
          label="Source"
          hint="Its key, DOI or PubMed id."
          errors={errors}
          required
          listId="activity-reference-choices"
          options={references.map((c) => ({ value: c.key, label: c.label }))}
          defaultValue={valueOf(values, "reference")}
        />
      </div>
      <FormActions label="Add activity" pending={pending} message={message} ok={ok} wrap="sm:col-span-4" />
    </form>
  );
}

export function RemoveActivityButton({
  catalogNumber,
  activityId,
  description,
}: {
  catalogNumber: string;
  activityId: number;
  description: string;
}) {
  return (
    <ConfirmButton
      confirm={`Remove the activity “${description}”?`}
      schema={removeActivitySchema}
      action={removeActivityAction}
      fields={{ catalogNumber, activityId }}
      label="Remove"
      ariaLabel={`Remove ${description}`}
      className="inline-flex items-center gap-2"
      buttonClassName="text-sm text-red-800 underline"
    />
  );
}
