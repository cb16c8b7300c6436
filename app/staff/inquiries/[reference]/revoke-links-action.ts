"use server";
import { revalidatePath } from "next/cache";
import { requireStaff } from "@/lib/auth/require-staff";
import type { StaffActionState } from "@/lib/core/action-state";
import { runStaffAction } from "@/lib/core/run-staff-action";
import { revokeInquiryLinks } from "@/lib/requesters/revoke";
import { revokeLinksSchema } from "@/lib/requesters/schemas";

export async function revokeLinksAction(_: StaffActionState, formData: FormData) {
  const staff = await requireStaff();
  return runStaffAction(revokeLinksSchema, formData, async ({ inquiryId }) => {
    const count = await revokeInquiryLinks({ inquiryId, actor: staff });
    revalidatePath("/staff", "layout");
    return count
      ? `Revoked ${count} link${count === 1 ? "" : "s"}; open sessions from them have ended.`
      : "There were no live links to revoke.";
  });
}
