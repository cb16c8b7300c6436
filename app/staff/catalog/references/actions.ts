"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { requireStaff } from "@/lib/auth/require-staff";
import { refreshPagesTagged } from "@/lib/cache-refresh";
import { referenceSchema } from "@/lib/catalog/reference-schema";
import { saveReference } from "@/lib/catalog/references";
import type { StaffActionState } from "@/lib/core/action-state";
import { runStaffAction } from "@/lib/core/run-staff-action";

export async function saveReferenceAction(_: StaffActionState, formData: FormData) {
  const admin = await requireStaff("ADMIN");
  return runStaffAction(referenceSchema, formData, async (input) => {
    const { created, key, tags } = await saveReference(input, admin);
    refreshPagesTagged(tags);
    revalidatePath("/staff/catalog/references", "layout");
    if (created) redirect(`/staff/catalog/references/${encodeURIComponent(key)}?created=1`);
    return `Saved ${key}; the pages that cite it are refreshed.`;
  });
}
