"use client";

import { useEffect } from "react";
import type { z } from "zod";
import { useCheckedForm } from "@/app/_components/forms/use-checked-form";
import { idleState, type InquiryFormState } from "@/lib/inquiries/form-state";

type Action = (state: InquiryFormState, formData: FormData) => Promise<InquiryFormState>;

/**
 * Client side of an inquiry form: the same zod schema as the server gives instant errors; the
 * server action then decides. Inputs are never reset, and the submit button is disabled while a
 * submission is in flight.
 */
export function useInquiryForm(schema: z.ZodType, action: Action) {
  const { state, errors, refused, refusals, pending, formRef, formAction, onSubmit } = useCheckedForm(schema, action, idleState);
  const message = !refused && state.status === "error" ? state.message : undefined;

  useEffect(() => {
    const form = formRef.current;
    if (!form) return;
    const first = form.querySelector<HTMLElement>('[aria-invalid="true"]') ?? form.querySelector<HTMLElement>("[data-form-message]");
    first?.focus();
  }, [refusals, state, formRef]);

  return { state, errors, message, pending, formRef, formAction, onSubmit };
}
