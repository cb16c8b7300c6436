"use client";

import { submitSupport } from "@/app/(site)/support/actions";
import { Field, Honeypot, inputClass, valueOf } from "@/app/_components/forms/field";
import {
  FormMessage,
  InquirySent,
  RequesterFields,
  ResearchUseAcknowledgement,
  SubmitButton,
} from "@/app/_components/forms/inquiry-form-parts";
import { useInquiryForm } from "@/app/_components/forms/use-inquiry-form";
import { numberFields, numberLabel, supportSchema } from "@/lib/inquiries/schema";

export function SupportForm({
  idempotencyKey,
  initialCatalogNumbers,
  options,
  promise,
}: {
  idempotencyKey: string;
  /** When we answer, from the kind's SLA setting. */
  promise: string;
  initialCatalogNumbers: string;
  options: { catalogNumber: string; name: string }[];
}) {
  const { state, errors, message, pending, formRef, formAction, onSubmit } = useInquiryForm(supportSchema, submitSupport);
  const values = state.status === "error" ? state.values : undefined;

  if (state.status === "ok")
    return (
      <InquirySent reference={state.reference} email={state.email} acknowledged={state.acknowledged} again="/support" promise={promise} />
    );

  return (
    <form ref={formRef} action={formAction} onSubmit={onSubmit} noValidate className="mt-8 space-y-8">
      <input type="hidden" name="idempotencyKey" value={idempotencyKey} />
      <Honeypot />
      <FormMessage message={message} />

      <fieldset className="space-y-4">
        <legend className="mb-2 text-lg font-semibold">Product and application</legend>
        <datalist id="support-catalog-options">
          {options.map((o) => (
            <option key={o.catalogNumber} value={o.catalogNumber}>
              {o.name}
            </option>
          ))}
        </datalist>
        <Field
          name="catalogNumbers"
          label="Catalog number(s)"
          hint="Separate several with commas, e.g. B8105958, B8106012"
          errors={errors}
          required
        >
          {(p) => (
            <input
              {...p}
              type="text"
              list="support-catalog-options"
              autoComplete="off"
              className={inputClass}
              defaultValue={valueOf(values, "catalogNumbers", initialCatalogNumbers)}
            />
          )}
        </Field>
        <Field
          name="application"
          label="Application or assay"
          hint="e.g. forced-swim test in C57BL/6J mice; cAMP assay in CHO cells"
          errors={errors}
          required
        >
          {(p) => <input {...p} type="text" maxLength={300} className={inputClass} defaultValue={valueOf(values, "application")} />}
        </Field>
      </fieldset>

      <fieldset className="grid gap-4 sm:grid-cols-2">
        <legend className="mb-2 text-lg font-semibold">Conditions</legend>
        <Field name="solvent" label="Solvent or vehicle" errors={errors}>
          {(p) => <input {...p} type="text" maxLength={120} className={inputClass} defaultValue={valueOf(values, "solvent")} />}
        </Field>
        <Field name="concentration" label="Concentration or dose" hint="With units, e.g. 10 µM or 10 mg/kg" errors={errors}>
          {(p) => <input {...p} type="text" maxLength={80} className={inputClass} defaultValue={valueOf(values, "concentration")} />}
        </Field>
        <Field name="temperature" label="Temperature" hint="e.g. 37 °C" errors={errors}>
          {(p) => <input {...p} type="text" maxLength={60} className={inputClass} defaultValue={valueOf(values, "temperature")} />}
        </Field>
        <Field name="ph" label={numberLabel(numberFields.ph)} errors={errors}>
          {(p) => (
            <input
              {...p}
              type="number"
              min={numberFields.ph.min}
              max={numberFields.ph.max}
              step="0.1"
              inputMode="decimal"
              className={inputClass}
              defaultValue={valueOf(values, "ph")}
            />
          )}
        </Field>
        <Field name="system" label="Cell type or species" errors={errors} className="sm:col-span-2">
          {(p) => <input {...p} type="text" maxLength={160} className={inputClass} defaultValue={valueOf(values, "system")} />}
        </Field>
      </fieldset>

      <Field
        name="question"
        label="Your question"
        hint="What do you need to know? The more detail, the better our answer."
        errors={errors}
        required
      >
        {(p) => <textarea {...p} rows={5} maxLength={4000} className={inputClass} defaultValue={valueOf(values, "question")} />}
      </Field>

      <RequesterFields errors={errors} values={values} />

      <Field name="notes" label="Notes" errors={errors}>
        {(p) => <textarea {...p} rows={3} maxLength={4000} className={inputClass} defaultValue={valueOf(values, "notes")} />}
      </Field>

      <ResearchUseAcknowledgement errors={errors} values={values} />

      <SubmitButton pending={pending} label="Send question" promise={promise} />
    </form>
  );
}
