"use server";
import { revalidatePath } from "next/cache";
import { requireStaff } from "@/lib/auth/require-staff";
import type { StaffActionState } from "@/lib/core/action-state";
import { runStaffAction } from "@/lib/core/run-staff-action";
import { bulkSchema } from "@/lib/triage/schemas";
import { DomainError } from "@/lib/core/domain-error";
import { applyBulk } from "@/lib/triage/workflow";

export async function bulkAction(_: StaffActionState, formData: FormData) {
  const staff = await requireStaff();
  return runStaffAction(bulkSchema, formData, async ({ inquiryIds, action, assigneeId, status }) => {
    if (action === "status" && !status) throw new DomainError("invalid", "Choose the status to set.");
    const result = await applyBulk(
      inquiryIds,
      action === "assign" ? { type: "assign", assigneeId } : action === "status" ? { type: "status", status: status! } : { type: "spam" },
      staff,
    );
    revalidatePath("/staff", "layout");
    const skipped = result.skipped.map((s) => `${s.reference}: ${s.reason}`).join(" ");
    return `${result.done} inquir${result.done === 1 ? "y" : "ies"} updated.${skipped ? ` Not changed — ${skipped}` : ""}`;
  });
}
