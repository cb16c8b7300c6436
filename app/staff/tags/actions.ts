"use server";
import { revalidatePath } from "next/cache";
import { requireStaff } from "@/lib/auth/require-staff";
import type { StaffActionState } from "@/lib/core/action-state";
import { runStaffAction } from "@/lib/core/run-staff-action";
import { deleteTagSchema, tagSchema } from "@/lib/triage/tag-schema";
import { deleteTag, saveTag } from "@/lib/triage/tags";

export async function saveTagAction(_: StaffActionState, formData: FormData) {
  const admin = await requireStaff("ADMIN");
  return runStaffAction(tagSchema, formData, async (data) => {
    await saveTag({ ...data, actor: admin });
    revalidatePath("/staff", "layout");
    return data.id ? "Saved." : `Added “${data.name}”.`;
  });
}

export async function deleteTagAction(_: StaffActionState, formData: FormData) {
  const admin = await requireStaff("ADMIN");
  return runStaffAction(deleteTagSchema, formData, async ({ id }) => {
    await deleteTag({ id, actor: admin });
    revalidatePath("/staff", "layout");
    return "Deleted.";
  });
}
