import "server-only";
import type { z } from "zod";
import { formValues, parseForm } from "@/lib/core/form-data";
import { hasInvisible } from "@/lib/core/plain-text";
import type { StaffActionState } from "@/lib/core/action-state";
import { DomainError } from "@/lib/core/domain-error";

/**
 * Validate a staff form with its schema and run `act`. Bad input and refusals (DomainError) come back
 * as messages with everything typed kept; anything else is a bug and is thrown.
 */
export async function runStaffAction<S extends z.ZodType>(
  schema: S,
  formData: FormData,
  act: (data: z.infer<S>) => Promise<string>,
): Promise<StaffActionState> {
  const values = formValues(formData);
  // Every staff form at once, whatever its schema says: PostgreSQL cannot store a NUL, and control and
  // bidi-override characters have no business in catalog or inquiry text.
  const invisible = Object.keys(values).filter((key) => [values[key]].flat().some((v) => typeof v === "string" && hasInvisible(v)));
  if (invisible.length) {
    const fieldErrors = Object.fromEntries(invisible.map((key) => [key, "Remove invisible control characters"]));
    return { status: "error", message: "Please correct the highlighted fields.", fieldErrors, values };
  }
  const parsed = parseForm(schema, values);
  if (!parsed.ok) return { status: "error", message: "Please correct the highlighted fields.", fieldErrors: parsed.fieldErrors, values };
  try {
    return { status: "ok", message: await act(parsed.data) };
  } catch (error) {
    if (error instanceof DomainError) return { status: "error", message: error.message, fieldErrors: error.fieldErrors, values };
    throw error;
  }
}
