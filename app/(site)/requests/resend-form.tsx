"use client";
import { Field, inputClass, valueOf } from "@/app/_components/forms/field";
import { FormResult } from "@/app/_components/staff/form-result";
import { useStaffForm } from "@/app/_components/staff/use-staff-form";
import { exampleReference } from "@/lib/inquiries/kinds";
import { resendLinkSchema } from "@/lib/requesters/schemas";
import { resendLinkAction } from "./actions";

export function ResendForm({ reference }: { reference?: string }) {
  const { state, errors, formRef, message, ok, onSubmit, pending } = useStaffForm(resendLinkSchema, resendLinkAction, {
    resetOnSuccess: false,
  });
  const values = state.status === "error" ? state.values : undefined;
  return (
    <form ref={formRef} onSubmit={onSubmit} noValidate aria-label="Send me a new link" className="space-y-4">
      <div className="grid gap-4 sm:grid-cols-2">
        <Field name="email" label="Your email address" hint="The address you sent the request from." errors={errors} required>
          {(p) => (
            <input
              {...p}
              type="email"
              autoComplete="email"
              maxLength={254}
              className={inputClass}
              defaultValue={valueOf(values, "email")}
            />
          )}
        </Field>
        <Field name="reference" label="Reference" hint={`As on our emails, e.g. ${exampleReference}.`} errors={errors} required>
          {(p) => (
            <input
              {...p}
              type="text"
              autoComplete="off"
              maxLength={20}
              className={`${inputClass} identifier`}
              defaultValue={valueOf(values, "reference", reference ?? "")}
            />
          )}
        </Field>
      </div>
      <button type="submit" className="btn btn-primary" disabled={pending}>
        {pending ? "Sending…" : "Email me a new link"}
      </button>
      <FormResult message={message} ok={ok} />
    </form>
  );
}
