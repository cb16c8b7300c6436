"use client";
import { startTransition, useActionState, useEffect, useRef, useState, type FormEvent } from "react";
import type { z } from "zod";
import { formValues, parseForm, type FieldErrors } from "@/lib/inquiries/form-data";
import { idleStaffState, type StaffActionState } from "@/lib/triage/action-state";

type Action = (state: StaffActionState, formData: FormData) => Promise<StaffActionState>;

/**
 * A staff form: checked in the browser with the server's schema, then sent to its server action.
 * Inputs are uncontrolled; they are cleared only after the server accepted the form, so nothing
 * typed is lost on an error.
 */
export function useStaffForm(schema: z.ZodType, action: Action, { resetOnSuccess = true } = {}) {
  const [state, formAction, pending] = useActionState(action, idleStaffState);
  const [local, setLocal] = useState<{ errors: FieldErrors; after: StaffActionState } | null>(null);
  const formRef = useRef<HTMLFormElement>(null);

  const stale = local !== null && local.after === state;
  const errors: FieldErrors = stale ? local.errors : state.status === "error" ? state.fieldErrors : {};
  const message = stale ? undefined : state.status === "idle" ? undefined : state.message;

  useEffect(() => {
    const form = formRef.current;
    if (!form) return;
    if (state.status === "ok" && resetOnSuccess) form.reset();
    form.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [state, local, resetOnSuccess]);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (pending) return;
    const formData = new FormData(event.currentTarget);
    const parsed = parseForm(schema, formValues(formData));
    if (!parsed.ok) {
      setLocal({ errors: parsed.fieldErrors, after: state });
      return;
    }
    setLocal(null);
    startTransition(() => formAction(formData));
  }

  return { state, errors, message, ok: !stale && state.status === "ok", pending, formRef, onSubmit };
}
