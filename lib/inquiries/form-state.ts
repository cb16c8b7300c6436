import type { FieldErrors, FormValues } from "@/lib/core/form-data";

/** What an inquiry form's server action returns (read with useActionState). */
export type InquiryFormState =
  | { status: "idle" }
  /** acknowledged: false when no acknowledgment email was queued (the domain's hourly cap). */
  | { status: "ok"; reference: string; email: string; acknowledged: boolean }
  | { status: "error"; reason: InquiryFailure; message?: string; fieldErrors: FieldErrors; values: FormValues };

/**
 * Why a submission was not stored. "unavailable" means the database could not be reached or the
 * write failed: nothing was stored (or, if the commit landed just before the failure, a retry with
 * the same idempotency key finds it), so the caller should try again.
 */
export type InquiryFailure = "invalid" | "refused" | "rate-limited" | "unavailable";

export const idleState: InquiryFormState = { status: "idle" };
