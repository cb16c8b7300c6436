"use client";
import type { ReactNode } from "react";
import type { z } from "zod";
import { FormResult } from "@/app/_components/staff/form-result";
import { useStaffForm } from "@/app/_components/staff/use-staff-form";
import type { StaffActionState } from "@/lib/core/action-state";

/**
 * A one-button staff form for an action that cannot be undone (delete, remove): it asks the browser's
 * confirm dialog first, and sends nothing when the answer is no. The hidden fields name what it acts on.
 */
export function ConfirmButton({
  confirm,
  schema,
  action,
  fields,
  label,
  ariaLabel,
  className,
  buttonClassName = "btn btn-secondary",
}: {
  /** The question, e.g. "Delete the tag “Key account”?". */
  confirm: string;
  schema: z.ZodType;
  action: (state: StaffActionState, formData: FormData) => Promise<StaffActionState>;
  fields: Record<string, string | number>;
  label: ReactNode;
  /** When the button's text alone does not say what it acts on. */
  ariaLabel?: string;
  className?: string;
  buttonClassName?: string;
}) {
  const { formRef, message, ok, onSubmit, pending } = useStaffForm(schema, action, { resetOnSuccess: false });
  return (
    <form
      ref={formRef}
      onSubmit={(e) => {
        if (!window.confirm(confirm)) return e.preventDefault();
        onSubmit(e);
      }}
      className={className}
    >
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <button type="submit" className={buttonClassName} disabled={pending} aria-label={ariaLabel}>
        {label}
      </button>
      <FormResult message={message} ok={ok} />
    </form>
  );
}
