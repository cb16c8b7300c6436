"use client";
import { Field, inputClass, valueOf } from "@/app/_components/forms/field";
import { FormResult } from "@/app/_components/staff/form-result";
import { useStaffForm } from "@/app/_components/staff/use-staff-form";
import { LICENCE_OUTCOMES, licenceCheckSchema, licenceOutcomeLabels } from "@/lib/quotes/licence-check-schema";
import { licenceCheckAction } from "./licence-check-action";

/** Record the outcome of checking the buyer's licence (who and when are taken from the session). */
export function LicenceCheckForm({ inquiryId }: { inquiryId: string }) {
  const { errors, formRef, message, ok, onSubmit, pending, state } = useStaffForm(licenceCheckSchema, licenceCheckAction);
  const values = state.status === "error" ? state.values : undefined;
  return (
    <form ref={formRef} onSubmit={onSubmit} className="space-y-3" noValidate>
      <input type="hidden" name="inquiryId" value={inquiryId} />
      <fieldset>
        <legend className="text-sm font-semibold">
          Outcome of the licence check<span className="text-red-800"> *</span>
        </legend>
        <div className="mt-1 space-y-1">
          {LICENCE_OUTCOMES.map((outcome) => (
            <label key={outcome} className="flex items-center gap-2 text-sm">
              <input
                type="radio"
                name="outcome"
                value={outcome}
                defaultChecked={valueOf(values, "outcome") === outcome}
                aria-describedby={errors.outcome ? "field-outcome-error" : undefined}
                className="size-5"
              />
              {licenceOutcomeLabels[outcome]}
            </label>
          ))}
        </div>
        {errors.outcome ? (
          <p id="field-outcome-error" className="mt-1 text-sm font-medium text-red-800">
            <span aria-hidden="true">⚠ </span>
            {errors.outcome}
          </p>
        ) : null}
      </fieldset>
      <Field
        name="note"
        label="Note"
        hint="What was checked (issuer, number, expiry, schedules covered); required when rejecting"
        errors={errors}
      >
        {(props) => <textarea {...props} rows={3} maxLength={2000} className={inputClass} defaultValue={valueOf(values, "note")} />}
      </Field>
      <button type="submit" className="btn btn-primary" disabled={pending}>
        Record licence check
      </button>
      <FormResult message={message} ok={ok} />
    </form>
  );
}
