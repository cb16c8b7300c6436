import type { FieldErrors } from "@/lib/core/form-data";

/**
 * What kind of refusal it is, so a caller can react without reading the words: a missing record
 * ("not-found"), someone else's change or a duplicate ("conflict"), a step the rules forbid
 * ("not-allowed"), or input the schema passed but the data refuses ("invalid").
 */
export type DomainErrorCode = "not-found" | "conflict" | "not-allowed" | "invalid";

/**
 * A refusal to show the staff member, in words (not a bug). `fieldErrors` puts the reason next to
 * the field it concerns (a duplicate DOI, an unknown citation) as well as in the form's message.
 */
export class DomainError extends Error {
  constructor(
    readonly code: DomainErrorCode,
    message: string,
    readonly fieldErrors: FieldErrors = {},
  ) {
    super(message);
  }
}
