"use client";
import { SuggestField, TextField, valueOf } from "@/app/_components/forms/field";
import { FormResult } from "@/app/_components/staff/form-result";
import { useStaffForm } from "@/app/_components/staff/use-staff-form";
import { JURISDICTIONS } from "@/lib/catalog/control-labels";
import { controlSchema, removeControlSchema } from "@/lib/catalog/control-schema";
import { removeControlAction, saveControlAction } from "./actions";

export type ControlFormValues = { jurisdiction: string; schedule: string; note: string; source: string };

const jurisdictionOptions = Object.entries(JURISDICTIONS).map(([value, j]) => ({ value, label: `${j.country}: ${j.law}` }));

/**
 * Add a product's controlled status in a jurisdiction, or replace it (same jurisdiction). `prefix`
 * keeps ids unique: the page has one form per recorded status and one to add.
 */
export function ControlForm({
  catalogNumber,
  prefix,
  initial,
  references,
}: {
  catalogNumber: string;
  prefix: string;
  initial?: ControlFormValues;
  references: { key: string; label: string }[];
}) {
  const { errors, formRef, message, ok, onSubmit, pending, state } = useStaffForm(controlSchema, saveControlAction, {
    resetOnSuccess: !initial,
  });
  const values = state.status === "error" ? state.values : undefined;
  const id = (name: string) => `${prefix}-${name}`;
  const value = (name: keyof ControlFormValues | "citation" | "url") =>
    valueOf(values, name, initial && name in initial ? initial[name as keyof ControlFormValues] : "");
  return (
    <form
      ref={formRef}
      onSubmit={onSubmit}
      aria-label={initial ? `Edit the status in ${initial.jurisdiction}` : "Add a controlled status"}
      className="grid gap-3 sm:grid-cols-4"
    >
      <input type="hidden" name="catalogNumber" value={catalogNumber} />
      {initial ? (
        <input type="hidden" name="jurisdiction" value={initial.jurisdiction} />
      ) : (
        <div className="sm:col-span-2">
          <SuggestField
            id={id("jurisdiction")}
            name="jurisdiction"
            label="Jurisdiction"
            hint="US-DEA, UK-MDA, or another country code and law written the same way. One already recorded is replaced."
            errors={errors}
            required
            listId={id("jurisdictions")}
            options={jurisdictionOptions}
            defaultValue={value("jurisdiction")}
          />
        </div>
      )}
      <div className="sm:col-span-2">
        <TextField
          id={id("schedule")}
          name="schedule"
          label="Schedule or class"
          hint="As the law names it: Schedule III, Class B"
          errors={errors}
          required
          defaultValue={value("schedule")}
        />
      </div>
      <div className="sm:col-span-2">
        <TextField
          id={id("note")}
          name="note"
          label="Note"
          hint="Why the listing covers this product, e.g. listed as ketamine, its salts and isomers"
          errors={errors}
          defaultValue={value("note")}
        />
      </div>
      <div className="sm:col-span-4">
        <SuggestField
          id={id("source")}
          name="source"
          label="Source: an existing reference"
          hint="Its key, DOI or PubMed id. Or leave this empty and give the citation below."
          errors={errors}
          listId={id("source-choices")}
          options={references.map((r) => ({ value: r.key, label: r.label }))}
          defaultValue={value("source")}
        />
      </div>
      <div className="sm:col-span-2">
        <TextField
          id={id("citation")}
          name="citation"
          label="Or a new source: citation"
          hint="e.g. Misuse of Drugs Act 1971, Schedule 2 Part II"
          errors={errors}
          defaultValue={value("citation")}
        />
      </div>
      <div className="sm:col-span-2">
        <TextField
          id={id("url")}
          name="url"
          label="Its address"
          hint="The official text: legislation.gov.uk, ecfr.gov …"
          errors={errors}
          defaultValue={value("url")}
        />
      </div>
      <div className="flex flex-wrap items-center gap-3 sm:col-span-4">
        <button type="submit" className="btn btn-secondary" disabled={pending}>
          {initial ? `Save the status in ${initial.jurisdiction}` : "Add the status"}
        </button>
        <FormResult message={message} ok={ok} />
      </div>
    </form>
  );
}

export function RemoveControlButton({
  catalogNumber,
  controlId,
  description,
}: {
  catalogNumber: string;
  controlId: number;
  description: string;
}) {
  const { formRef, message, ok, onSubmit, pending } = useStaffForm(removeControlSchema, removeControlAction, { resetOnSuccess: false });
  return (
    <form
      ref={formRef}
      onSubmit={(e) => {
        if (!window.confirm(`Remove the status ${description}?`)) return e.preventDefault();
        onSubmit(e);
      }}
      className="inline-flex items-center gap-2"
    >
      <input type="hidden" name="catalogNumber" value={catalogNumber} />
      <input type="hidden" name="controlId" value={controlId} />
      <button type="submit" className="text-sm text-red-800 underline" disabled={pending} aria-label={`Remove the status ${description}`}>
        Remove
      </button>
      <FormResult message={message} ok={ok} />
    </form>
  );
}
