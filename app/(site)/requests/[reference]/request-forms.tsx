"use client";
import { Field, inputClass, valueOf } from "@/app/_components/forms/field";
import { FormResult } from "@/app/_components/staff/form-result";
import { useStaffForm } from "@/app/_components/staff/use-staff-form";
import { ACCEPTED_EXTENSIONS } from "@/lib/requesters/files";
import { MAX_FILE_BYTES, MAX_FILES } from "@/lib/requesters/upload-limit";
import { acceptQuoteSchema, declineQuoteSchema, MAX_MESSAGE_CHARS, renewalSchema, requesterMessageSchema } from "@/lib/requesters/schemas";
import { acceptAction, declineAction, messageAction, renewalAction } from "./actions";

const fileHint = `${ACCEPTED_EXTENSIONS.join(", ")}; up to ${MAX_FILES} files, ${MAX_FILE_BYTES / 1024 / 1024} MB each`;
const fileClass =
  "block w-full text-sm file:mr-3 file:min-h-11 file:rounded-md file:border file:border-line file:bg-white file:px-3 file:py-2 aria-[invalid=true]:text-red-800";

export function MessageForm({ reference }: { reference: string }) {
  const { state, errors, formRef, message, ok, onSubmit, pending } = useStaffForm(requesterMessageSchema, messageAction);
  const values = state.status === "error" ? state.values : undefined;
  return (
    <form ref={formRef} onSubmit={onSubmit} noValidate aria-label="Write to us" className="space-y-4">
      <input type="hidden" name="reference" value={reference} />
      <Field name="body" label="Your message or question" hint="Staff read it with your request and reply by email." errors={errors}>
        {(p) => <textarea {...p} rows={5} maxLength={MAX_MESSAGE_CHARS} className={inputClass} defaultValue={valueOf(values, "body")} />}
      </Field>
      <Field name="files" label="Files" hint={`Structures, specifications, licences, a PO: ${fileHint}`} errors={errors}>
        {(p) => <input {...p} type="file" multiple accept={ACCEPTED_EXTENSIONS.join(",")} className={fileClass} />}
      </Field>
      <button type="submit" className="btn btn-primary" disabled={pending}>
        {pending ? "Sending…" : "Send"}
      </button>
      <FormResult message={message} ok={ok} />
    </form>
  );
}

export function AcceptForm({ reference, quoteId, label }: { reference: string; quoteId: string; label: string }) {
  const { state, errors, formRef, message, ok, onSubmit, pending } = useStaffForm(acceptQuoteSchema, acceptAction, {
    resetOnSuccess: false,
  });
  const values = state.status === "error" ? state.values : undefined;
  return (
    <form ref={formRef} onSubmit={onSubmit} noValidate aria-label={`Accept ${label}`} className="space-y-4">
      <input type="hidden" name="reference" value={reference} />
      <input type="hidden" name="quoteId" value={quoteId} />
      <div className="grid gap-4 sm:grid-cols-2">
        <Field id={`accept-name-${quoteId}`} name="acceptedByName" label="Name of the person accepting" errors={errors} required>
          {(p) => (
            <input
              {...p}
              type="text"
              autoComplete="name"
              maxLength={120}
              className={inputClass}
              defaultValue={valueOf(values, "acceptedByName")}
            />
          )}
        </Field>
        <Field id={`accept-po-${quoteId}`} name="poNumber" label="Purchase order number" errors={errors} required>
          {(p) => <input {...p} type="text" maxLength={60} className={inputClass} defaultValue={valueOf(values, "poNumber")} />}
        </Field>
      </div>
      <Field
        id={`accept-file-${quoteId}`}
        name="poFile"
        label="Purchase order file"
        hint={`One file: ${ACCEPTED_EXTENSIONS.join(", ")}`}
        errors={errors}
      >
        {(p) => <input {...p} type="file" accept={ACCEPTED_EXTENSIONS.join(",")} className={fileClass} />}
      </Field>
      <Field id={`accept-terms-${quoteId}`} name="terms" label="Terms" errors={errors} required>
        {(p) => (
          <label className="flex items-start gap-2 text-sm">
            <input {...p} type="checkbox" className="mt-1 size-5" defaultChecked={valueOf(values, "terms") === "on"} />
            <span>I accept the quote&apos;s prices, payment terms and conditions, and confirm the products are for research use only.</span>
          </label>
        )}
      </Field>
      <button type="submit" className="btn btn-primary" disabled={pending}>
        {pending ? "Accepting…" : `Accept ${label}`}
      </button>
      <FormResult message={message} ok={ok} />
    </form>
  );
}

export function DeclineForm({ reference, quoteId, label }: { reference: string; quoteId: string; label: string }) {
  const { state, errors, formRef, message, ok, onSubmit, pending } = useStaffForm(declineQuoteSchema, declineAction, {
    resetOnSuccess: false,
  });
  const values = state.status === "error" ? state.values : undefined;
  return (
    <form ref={formRef} onSubmit={onSubmit} noValidate aria-label={`Decline ${label}`} className="space-y-3">
      <input type="hidden" name="reference" value={reference} />
      <input type="hidden" name="quoteId" value={quoteId} />
      <Field id={`decline-reason-${quoteId}`} name="reason" label="Why are you declining?" errors={errors} required>
        {(p) => <textarea {...p} rows={3} maxLength={2000} className={inputClass} defaultValue={valueOf(values, "reason")} />}
      </Field>
      <button type="submit" className="btn btn-secondary" disabled={pending}>
        Decline {label}
      </button>
      <FormResult message={message} ok={ok} />
    </form>
  );
}

export function RenewalForm({ reference, quoteId, label }: { reference: string; quoteId: string; label: string }) {
  const { formRef, message, ok, onSubmit, pending } = useStaffForm(renewalSchema, renewalAction, { resetOnSuccess: false });
  return (
    <form ref={formRef} onSubmit={onSubmit} noValidate aria-label={`Renew ${label}`}>
      <input type="hidden" name="reference" value={reference} />
      <input type="hidden" name="quoteId" value={quoteId} />
      <button type="submit" className="btn btn-primary" disabled={pending}>
        Ask for a renewal of {label}
      </button>
      <FormResult message={message} ok={ok} className="mt-2" />
    </form>
  );
}
