import type { FieldErrors, FormValues } from "@/lib/core/form-data";

/** What every staff form's server action returns (read with useActionState). */
export type StaffActionState =
  | { status: "idle" }
  | { status: "ok"; message: string }
  | { status: "error"; message: string; fieldErrors: FieldErrors; values: FormValues };

export const idleStaffState: StaffActionState = { status: "idle" };
