"use client";

import { useRef, useState } from "react";
import { convertStructureFile, submitCustomSynthesis } from "@/app/(site)/custom-synthesis/actions";
import { StructurePreview } from "@/app/(site)/custom-synthesis/structure-preview";
import { StructureTools } from "@/app/_components/structure-tools";
import { Field, Honeypot, inputClass, valueOf } from "@/app/_components/forms/field";
import {
  FormMessage,
  GradeSelect,
  InquirySent,
  QuantityInput,
  RequesterFields,
  ResearchUseAcknowledgement,
  SubmitButton,
} from "@/app/_components/forms/inquiry-form-parts";
import { useInquiryForm } from "@/app/_components/forms/use-inquiry-form";
import { MAX_STRUCTURE_LENGTH } from "@/lib/catalog/structure-input";
import {
  customSynthesisSchema,
  DOCUMENTS,
  LABELLING,
  labellingLabels,
  MAX_END_USE,
  numberFields,
  numberLabel,
  PURITIES,
} from "@/lib/inquiries/schema";

export function CustomSynthesisForm({
  idempotencyKey,
  prefill,
  promise,
}: {
  idempotencyKey: string;
  prefill: string;
  /** When we answer, from the kind's SLA setting. */
  promise: string;
}) {
  const { state, errors, message, pending, formRef, formAction, onSubmit } = useInquiryForm(customSynthesisSchema, submitCustomSynthesis);
  const values = state.status === "error" ? state.values : undefined;
  const [smiles, setSmiles] = useState("");
  // The SMILES field stays uncontrolled (it keeps what was sent after an error); a drawn or uploaded
  // structure is written into it.
  const smilesRef = useRef<HTMLInputElement>(null);
  const putSmiles = (value: string) => {
    if (smilesRef.current) smilesRef.current.value = value;
    setSmiles(value);
  };
  const [labelling, setLabelling] = useState("none");

  if (state.status === "ok")
    return (
      <InquirySent
        reference={state.reference}
        email={state.email}
        acknowledged={state.acknowledged}
        again="/custom-synthesis"
        promise={promise}
      />
    );

  const checked = (doc: string) => {
    const v = values?.documents;
    return Array.isArray(v) ? v.includes(doc) : v === doc;
  };

  return (
    <form ref={formRef} action={formAction} onSubmit={onSubmit} noValidate className="mt-8 space-y-8">
      <input type="hidden" name="idempotencyKey" value={idempotencyKey} />
      <Honeypot />
      <FormMessage message={message} />

      <fieldset className="grid gap-4 sm:grid-cols-[minmax(0,1fr)_minmax(0,20rem)]">
        <legend className="mb-2 text-lg font-semibold">Target compound</legend>
        <div className="space-y-4">
          <p className="text-sm text-ink-muted">Give at least one of name, SMILES or CAS number.</p>
          <Field name="compoundName" label="Compound name" errors={errors}>
            {(p) => (
              <input {...p} type="text" maxLength={200} className={inputClass} defaultValue={valueOf(values, "compoundName", prefill)} />
            )}
          </Field>
          <Field name="smiles" label="SMILES" hint="Checked with RDKit and drawn as you type." errors={errors}>
            {(p) => (
              <input
                {...p}
                ref={smilesRef}
                type="text"
                spellCheck={false}
                autoCapitalize="off"
                maxLength={MAX_STRUCTURE_LENGTH}
                className={`${inputClass} identifier`}
                defaultValue={valueOf(values, "smiles")}
                onChange={(e) => setSmiles(e.target.value)}
              />
            )}
          </Field>
          <StructureTools smiles={smiles || valueOf(values, "smiles")} onStructure={putSmiles} convert={convertStructureFile} />
          <Field name="cas" label="CAS number" errors={errors}>
            {(p) => (
              <input
                {...p}
                type="text"
                inputMode="numeric"
                maxLength={12}
                className={`${inputClass} sm:max-w-48`}
                defaultValue={valueOf(values, "cas")}
              />
            )}
          </Field>
        </div>
        <StructurePreview smiles={smiles || valueOf(values, "smiles")} />
      </fieldset>

      <fieldset className="grid gap-4 sm:grid-cols-3">
        <legend className="mb-2 text-lg font-semibold">Quantity and quality</legend>
        <Field name="quantity" label="Quantity" errors={errors} required>
          {(p) => <QuantityInput {...p} defaultValue={valueOf(values, "quantity")} />}
        </Field>
        <Field name="unit" label="Unit" errors={errors} required>
          {(p) => (
            <select {...p} className={inputClass} defaultValue={valueOf(values, "unit", "mg")}>
              {["mg", "g", "kg"].map((u) => (
                <option key={u}>{u}</option>
              ))}
            </select>
          )}
        </Field>
        <Field name="purity" label="Purity" errors={errors} required>
          {(p) => (
            <select {...p} className={inputClass} defaultValue={valueOf(values, "purity", "≥98%")}>
              {PURITIES.map((v) => (
                <option key={v} value={v}>
                  {v === "other" ? "Other (describe in notes)" : v}
                </option>
              ))}
            </select>
          )}
        </Field>
        <GradeSelect name="grade" errors={errors} values={values} />
        <Field name="deadline" label="Needed by" errors={errors}>
          {(p) => <input {...p} type="date" className={inputClass} defaultValue={valueOf(values, "deadline")} />}
        </Field>
      </fieldset>

      <fieldset className="grid gap-4 sm:grid-cols-3">
        <legend className="mb-2 text-lg font-semibold">Isotopic labelling</legend>
        <Field name="labelling" label="Isotope label" errors={errors} required>
          {(p) => (
            <select
              {...p}
              className={inputClass}
              defaultValue={valueOf(values, "labelling", "none")}
              onChange={(e) => setLabelling(e.target.value)}
            >
              {LABELLING.map((l) => (
                <option key={l} value={l}>
                  {labellingLabels[l]}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field
          name="labelPositions"
          label="Label positions"
          hint="e.g. N-methyl-d3, or “any”"
          errors={errors}
          required={labelling !== "none" && labelling !== "other"}
        >
          {(p) => <input {...p} type="text" maxLength={200} className={inputClass} defaultValue={valueOf(values, "labelPositions")} />}
        </Field>
        <Field name="enrichment" label={numberLabel(numberFields.enrichment)} errors={errors}>
          {(p) => (
            <input
              {...p}
              type="number"
              min={numberFields.enrichment.min}
              max={numberFields.enrichment.max}
              step="any"
              className={inputClass}
              defaultValue={valueOf(values, "enrichment")}
            />
          )}
        </Field>
      </fieldset>

      <fieldset>
        <legend className="mb-2 text-lg font-semibold">Documents and confidentiality</legend>
        <div className="flex flex-wrap gap-x-6 gap-y-2" role="group" aria-label="Documents wanted">
          {DOCUMENTS.map((doc) => (
            <label key={doc} className="flex min-h-11 items-center gap-2">
              <input type="checkbox" name="documents" value={doc} defaultChecked={checked(doc)} className="h-5 w-5" />
              {doc === "CoA" ? "Certificate of analysis" : `${doc} data`}
            </label>
          ))}
        </div>
        <label className="mt-3 flex min-h-11 items-center gap-2">
          <input type="checkbox" name="ndaRequired" defaultChecked={valueOf(values, "ndaRequired") === "on"} className="h-5 w-5" />
          We need a non-disclosure agreement before sharing more
        </label>
      </fieldset>

      <Field
        name="endUse"
        label="End use"
        hint="The research the compound is for, and where it will be used. Structures under drug-control law need a licence check before we can quote; we will tell you if yours does."
        errors={errors}
        required
      >
        {(p) => <textarea {...p} rows={3} maxLength={MAX_END_USE} className={inputClass} defaultValue={valueOf(values, "endUse")} />}
      </Field>

      <RequesterFields errors={errors} values={values} />

      <Field name="notes" label="Notes" hint="Route or salt-form preferences, analytical specifications, anything else." errors={errors}>
        {(p) => <textarea {...p} rows={4} maxLength={4000} className={inputClass} defaultValue={valueOf(values, "notes")} />}
      </Field>

      <ResearchUseAcknowledgement errors={errors} values={values} />

      <SubmitButton pending={pending} label="Send synthesis request" promise={promise} />
    </form>
  );
}
