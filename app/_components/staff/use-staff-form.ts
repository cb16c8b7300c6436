"use client";
import { startTransition, useActionState, useEffect, useRef, type FormEvent } from "react";
import type { z } from "zod";
import { useFieldErrors } from "@/app/_components/forms/use-field-errors";
import { idleStaffState, type StaffActionState } from "@/lib/core/action-state";

type Action = (state: StaffActionState, formData: FormData) => Promise<StaffActionState>;

/**
 * A staff form: checked in the browser with the server's schema, then sent to its server action.
 * Inputs are uncontrolled; they are cleared only after the server accepted the form, so nothing
 * typed is lost on an error.
 */
export function useStaffForm(schema: z.ZodType, action: Action, { resetOnSuccess = true } = {}) {
  const [state, formAction, pending] = useActionState(action, idleStaffState);
  const formRef = useRef<HTMLFormElement>(null);
  const { errors, refused, refusals, check } = useFieldErrors(
    schema,
    formRef,
    state,
    state.status === "error" ? state.fieldErrors : undefined,
  );
  const message = refused || state.status === "idle" ? undefined : state.message;

  useEffect(() => {
    const form = formRef.current;
    if (!form) return;
    if (state.status === "ok" && resetOnSuccess) form.reset();
    form.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [state, refusals, resetOnSuccess]);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (pending) return;
    const formData = new FormData(event.currentTarget);
    if (check(formData)) startTransition(() => formAction(formData));
  }

  return { state, errors, message, ok: !refused && state.status === "ok", pending, formRef, onSubmit };
}
