/** A refusal to show the staff member, in words (not a bug). */
export class TriageError extends Error {}
