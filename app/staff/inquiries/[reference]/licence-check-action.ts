"use server";
import { revalidatePath } from "next/cache";
import { requireStaff } from "@/lib/auth/require-staff";
import type { StaffActionState } from "@/lib/core/action-state";
import { runStaffAction } from "@/lib/core/run-staff-action";
import { recordLicenceCheck } from "@/lib/quotes/licence-check";
import { licenceCheckSchema } from "@/lib/quotes/licence-check-schema";

// A server action is a public endpoint: the session and role are checked here, first.
export async function licenceCheckAction(_: StaffActionState, formData: FormData) {
  const staff = await requireStaff();
  return runStaffAction(licenceCheckSchema, formData, async ({ inquiryId, outcome, note }) => {
    await recordLicenceCheck({ inquiryId, outcome, note, actor: staff });
    revalidatePath("/staff", "layout");
    return outcome === "APPROVED" ? "Licence check recorded: approved. A quote can now be sent." : "Licence check recorded: rejected.";
  });
}
