import type { FieldErrors, FormValues } from "@/lib/inquiries/form-data";

/** What an inquiry form's server action returns (read with useActionState). */
export type InquiryFormState =
  | { status: "idle" }
  | { status: "ok"; reference: string; email: string }
  | { status: "error"; message?: string; fieldErrors: FieldErrors; values: FormValues };

export const idleState: InquiryFormState = { status: "idle" };
