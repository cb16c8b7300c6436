"use server";
import { revalidatePath } from "next/cache";
import { requireStaff } from "@/lib/auth/require-staff";
import type { StaffActionState } from "@/lib/core/action-state";
import { deleteCannedReply, saveCannedReply } from "@/lib/triage/replies";
import { runStaffAction } from "@/lib/core/run-staff-action";
import { cannedReplySchema, deleteCannedReplySchema } from "@/lib/triage/schemas";

export async function saveCannedReplyAction(_: StaffActionState, formData: FormData) {
  const admin = await requireStaff("ADMIN");
  return runStaffAction(cannedReplySchema, formData, async (data) => {
    await saveCannedReply({ ...data, actor: admin });
    revalidatePath("/staff", "layout");
    return data.id ? "Saved." : `Added “${data.title}”.`;
  });
}

export async function deleteCannedReplyAction(_: StaffActionState, formData: FormData) {
  const admin = await requireStaff("ADMIN");
  return runStaffAction(deleteCannedReplySchema, formData, async ({ id }) => {
    await deleteCannedReply({ id, actor: admin });
    revalidatePath("/staff", "layout");
    return "Deleted.";
  });
}
