"use server";
import { revalidatePath } from "next/cache";
import { requireStaff } from "@/lib/auth/require-staff";
import { refreshPagesTagged } from "@/lib/cache-refresh";
import { targetSchema } from "@/lib/catalog/target-schema";
import { saveTarget } from "@/lib/catalog/targets";
import type { StaffActionState } from "@/lib/core/action-state";
import { runStaffAction } from "@/lib/core/run-staff-action";

export async function saveTargetAction(_: StaffActionState, formData: FormData) {
  const admin = await requireStaff("ADMIN");
  return runStaffAction(targetSchema, formData, async (input) => {
    const { created, slug, tags } = await saveTarget(input, admin);
    refreshPagesTagged(tags);
    revalidatePath("/staff/catalog/targets", "layout");
    return created ? `Added ${input.name} (${slug}).` : `Saved ${input.name}; the pages that show it are refreshed.`;
  });
}
