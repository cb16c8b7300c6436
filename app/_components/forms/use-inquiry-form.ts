"use client";

import { useActionState, useEffect, useRef, useState, startTransition, type FormEvent } from "react";
import type { z } from "zod";
import { formValues, parseForm, type FieldErrors } from "@/lib/inquiries/form-data";
import { idleState, type InquiryFormState } from "@/lib/inquiries/form-state";

type Action = (state: InquiryFormState, formData: FormData) => Promise<InquiryFormState>;

/**
 * Client side of an inquiry form: the same zod schema as the server gives instant errors; the
 * server action then decides. Inputs stay uncontrolled and are never reset, so nothing typed is
 * lost on an error, and the submit button is disabled while a submission is in flight.
 */
export function useInquiryForm(schema: z.ZodType, action: Action) {
  const [state, formAction, pending] = useActionState(action, idleState);
  const [local, setLocal] = useState<{ errors: FieldErrors; after: InquiryFormState } | null>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const [focusRequest, setFocusRequest] = useState(0);

  // Errors from the browser's own check until the server answers again.
  const errors: FieldErrors = local && local.after === state ? local.errors : state.status === "error" ? state.fieldErrors : {};
  const message = local && local.after === state ? undefined : state.status === "error" ? state.message : undefined;

  useEffect(() => {
    const form = formRef.current;
    if (!form) return;
    const first = form.querySelector<HTMLElement>('[aria-invalid="true"]') ?? form.querySelector<HTMLElement>("[data-form-message]");
    first?.focus();
  }, [focusRequest, state]);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (pending) return; // a double click submits once
    const formData = new FormData(event.currentTarget);
    const parsed = parseForm(schema, formValues(formData));
    if (!parsed.ok) {
      setLocal({ errors: parsed.fieldErrors, after: state });
      setFocusRequest((n) => n + 1);
      return;
    }
    setLocal(null);
    startTransition(() => formAction(formData));
  }

  return { state, errors, message, pending, formRef, formAction, onSubmit };
}
