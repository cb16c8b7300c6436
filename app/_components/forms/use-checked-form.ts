"use client";

import { startTransition, useActionState, useRef, type FormEvent } from "react";
import type { z } from "zod";
import { useFieldErrors } from "@/app/_components/forms/use-field-errors";
import type { FieldErrors } from "@/lib/core/form-data";

type FormState = { status: string; fieldErrors?: FieldErrors };

/**
 * What every form here does, public or staff: check in the browser with the server's own schema,
 * then send to the server action, once however often the button is clicked. Inputs stay
 * uncontrolled, so nothing typed is lost on an error; each form adds its own message and focus rules.
 */
export function useCheckedForm<S extends FormState>(schema: z.ZodType, action: (state: S, formData: FormData) => Promise<S>, initial: S) {
  // A form state is never a promise, but TypeScript cannot see that Awaited<S> is S for a generic S.
  const [state, formAction, pending] = useActionState<S, FormData>(
    action as (state: Awaited<S>, formData: FormData) => Promise<S>,
    initial as Awaited<S>,
  );
  const formRef = useRef<HTMLFormElement>(null);
  const fieldErrors = useFieldErrors(schema, formRef, state, state.status === "error" ? state.fieldErrors : undefined);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (pending) return; // a double click submits once
    const formData = new FormData(event.currentTarget);
    if (fieldErrors.check(formData)) startTransition(() => formAction(formData));
  }

  return { state, formAction, pending, formRef, onSubmit, ...fieldErrors };
}
