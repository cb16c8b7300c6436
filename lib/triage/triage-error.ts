import type { FieldErrors } from "@/lib/inquiries/form-data";

/**
 * A refusal to show the staff member, in words (not a bug). `fieldErrors` puts the reason next to
 * the field it concerns (a duplicate DOI, an unknown citation) as well as in the form's message.
 */
export class TriageError extends Error {
  constructor(
    message: string,
    readonly fieldErrors: FieldErrors = {},
  ) {
    super(message);
  }
}
