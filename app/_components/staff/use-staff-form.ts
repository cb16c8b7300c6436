"use client";
import { useEffect } from "react";
import type { z } from "zod";
import { useCheckedForm } from "@/app/_components/forms/use-checked-form";
import { idleStaffState, type StaffActionState } from "@/lib/core/action-state";

type Action = (state: StaffActionState, formData: FormData) => Promise<StaffActionState>;

/**
 * A staff form (and the requester page's forms, which work the same way). Inputs are cleared only
 * after the server accepted the form, so nothing typed is lost on an error.
 */
export function useStaffForm(schema: z.ZodType, action: Action, { resetOnSuccess = true } = {}) {
  const { state, errors, refused, refusals, pending, formRef, onSubmit } = useCheckedForm(schema, action, idleStaffState);
  const message = refused || state.status === "idle" ? undefined : state.message;

  useEffect(() => {
    const form = formRef.current;
    if (!form) return;
    if (state.status === "ok" && resetOnSuccess) form.reset();
    form.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [state, refusals, resetOnSuccess, formRef]);

  return { state, errors, message, ok: !refused && state.status === "ok", pending, formRef, onSubmit };
}
