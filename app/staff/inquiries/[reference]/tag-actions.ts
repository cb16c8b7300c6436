"use server";
import { revalidatePath } from "next/cache";
import { requireStaff } from "@/lib/auth/require-staff";
import type { StaffActionState } from "@/lib/core/action-state";
import { runStaffAction } from "@/lib/core/run-staff-action";
import { inquiryTagSchema } from "@/lib/triage/tag-schema";
import { addInquiryTag, removeInquiryTag } from "@/lib/triage/tags";

export async function addTagAction(_: StaffActionState, formData: FormData) {
  const staff = await requireStaff();
  return runStaffAction(inquiryTagSchema, formData, async (data) => {
    await addInquiryTag({ ...data, actor: staff });
    revalidatePath("/staff", "layout");
    return "Tag added.";
  });
}

export async function removeTagAction(_: StaffActionState, formData: FormData) {
  const staff = await requireStaff();
  return runStaffAction(inquiryTagSchema, formData, async (data) => {
    await removeInquiryTag({ ...data, actor: staff });
    revalidatePath("/staff", "layout");
    return "Tag removed.";
  });
}
