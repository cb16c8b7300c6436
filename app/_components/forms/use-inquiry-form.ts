"use client";

import { useActionState, useEffect, useRef, startTransition, type FormEvent } from "react";
import type { z } from "zod";
import { useFieldErrors } from "@/app/_components/forms/use-field-errors";
import { idleState, type InquiryFormState } from "@/lib/inquiries/form-state";

type Action = (state: InquiryFormState, formData: FormData) => Promise<InquiryFormState>;

/**
 * Client side of an inquiry form: the same zod schema as the server gives instant errors; the
 * server action then decides. Inputs stay uncontrolled and are never reset, so nothing typed is
 * lost on an error, and the submit button is disabled while a submission is in flight.
 */
export function useInquiryForm(schema: z.ZodType, action: Action) {
  const [state, formAction, pending] = useActionState(action, idleState);
  const formRef = useRef<HTMLFormElement>(null);
  const { errors, refused, refusals, check } = useFieldErrors(
    schema,
    formRef,
    state,
    state.status === "error" ? state.fieldErrors : undefined,
  );
  const message = !refused && state.status === "error" ? state.message : undefined;

  useEffect(() => {
    const form = formRef.current;
    if (!form) return;
    const first = form.querySelector<HTMLElement>('[aria-invalid="true"]') ?? form.querySelector<HTMLElement>("[data-form-message]");
    first?.focus();
  }, [refusals, state]);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (pending) return; // a double click submits once
    const formData = new FormData(event.currentTarget);
    if (check(formData)) startTransition(() => formAction(formData));
  }

  return { state, errors, message, pending, formRef, formAction, onSubmit };
}
