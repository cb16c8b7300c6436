"use client";

import { useEffect, useState, type RefObject } from "react";
import type { z } from "zod";
import { formValues, parseForm, type FieldErrors } from "@/lib/core/form-data";

const NONE: FieldErrors = {};

/**
 * The errors shown beside a form's fields, shared by the inquiry and staff forms. After a submit
 * the browser's own check refused they are that check's; otherwise those of the server's last
 * answer (`state`, `serverErrors`). While the person types, each shown error follows its field:
 * it goes as soon as the field is valid and its wording follows the value. No new error appears
 * before the next submit.
 */
export function useFieldErrors<S>(
  schema: z.ZodType,
  formRef: RefObject<HTMLFormElement | null>,
  state: S,
  serverErrors: FieldErrors = NONE,
) {
  const [local, setLocal] = useState<{ errors: FieldErrors; after: S; refused: boolean } | null>(null);
  // The refusals since the server last answered; a form moves the focus to the first error on each.
  const [refusals, setRefusals] = useState(0);
  const current = local !== null && local.after === state ? local : null;
  const errors = current ? current.errors : serverErrors;

  useEffect(() => {
    const form = formRef.current;
    if (!form || Object.keys(errors).length === 0) return;
    const onInput = (event: Event) => {
      const edited = (event.target as { name?: string } | null)?.name;
      const parsed = parseForm(schema, formValues(new FormData(form)));
      const now: FieldErrors = parsed.ok ? {} : parsed.fieldErrors;
      const next: FieldErrors = {};
      for (const [key, message] of Object.entries(errors)) {
        if (now[key]) next[key] = now[key];
        // What only the server can check (a catalog number it does not know, a SMILES RDKit cannot
        // read) stays until its own field is edited: the browser's check would call it valid.
        else if (key !== edited && serverErrors[key] === message) next[key] = message;
      }
      const same =
        Object.keys(next).length === Object.keys(errors).length && Object.entries(next).every(([key, message]) => errors[key] === message);
      if (!same) setLocal({ errors: next, after: state, refused: current?.refused ?? false });
    };
    form.addEventListener("input", onInput);
    return () => form.removeEventListener("input", onInput);
  }, [formRef, schema, state, errors, serverErrors, current?.refused]);

  /** The browser's check before sending: false (and the errors shown) when the form is not valid. */
  function check(formData: FormData) {
    const parsed = parseForm(schema, formValues(formData));
    if (parsed.ok) {
      setLocal(null);
      return true;
    }
    setLocal({ errors: parsed.fieldErrors, after: state, refused: true });
    setRefusals((n) => n + 1);
    return false;
  }

  /** Whether the browser's check refused the last submit: the server's message is then out of date. */
  const refused = current?.refused ?? false;
  return { errors, refused, refusals, check };
}
