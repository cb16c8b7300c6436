"use server";
import { revalidatePath } from "next/cache";
import { requireStaff } from "@/lib/auth/require-staff";
import { saveStaffMember } from "@/lib/auth/staff-members";
import type { StaffActionState } from "@/lib/core/action-state";
import { runStaffAction } from "@/lib/core/run-staff-action";
import { staffMemberSchema } from "@/lib/triage/schemas";

export async function saveStaffMemberAction(_: StaffActionState, formData: FormData) {
  const admin = await requireStaff("ADMIN");
  return runStaffAction(staffMemberSchema, formData, async (data) => {
    await saveStaffMember(data, admin);
    revalidatePath("/staff", "layout");
    return data.id ? `Saved ${data.email}.` : `Added ${data.email}: they can now sign in.`;
  });
}
