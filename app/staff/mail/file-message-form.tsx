"use client";
import { inputClass } from "@/app/_components/forms/field";
import { FormResult } from "@/app/_components/staff/form-result";
import { useStaffForm } from "@/app/_components/staff/use-staff-form";
import { exampleReference } from "@/lib/inquiries/kinds";
import { fileMessageSchema } from "@/lib/triage/file-message-schema";
import { fileMessageAction } from "./actions";

/** "File under reference": one per unmatched message, so ids carry the message's id. */
export function FileMessageForm({ messageId }: { messageId: string }) {
  const { errors, message, ok, pending, formRef, onSubmit } = useStaffForm(fileMessageSchema, fileMessageAction, { resetOnSuccess: false });
  const inputId = `file-reference-${messageId}`;
  const error = errors.reference;
  // A refusal that concerns the reference is shown under the field; anything else below the form.
  const formMessage = message && !error ? message : undefined;
  return (
    <form ref={formRef} onSubmit={onSubmit} className="space-y-1">
      <input type="hidden" name="messageId" value={messageId} />
      <label htmlFor={inputId} className="block text-sm font-semibold">
        File under reference
      </label>
      <div className="flex flex-wrap items-start gap-2">
        <input
          id={inputId}
          name="reference"
          required
          placeholder={exampleReference}
          autoComplete="off"
          spellCheck={false}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${inputId}-error` : undefined}
          className={`${inputClass} max-w-56 font-mono`}
        />
        <button type="submit" className="btn btn-secondary" disabled={pending}>
          {pending ? "Filing…" : "File"}
        </button>
      </div>
      {error ? (
        <p id={`${inputId}-error`} className="text-sm font-medium text-red-800">
          <span aria-hidden="true">⚠ </span>
          {error}
        </p>
      ) : null}
      <FormResult message={formMessage} ok={ok} />
    </form>
  );
}
