"use server";
import { revalidatePath } from "next/cache";
import { requireStaff } from "@/lib/auth/require-staff";
import { formValues, parseForm } from "@/lib/core/form-data";
import { requeueFailedMessage } from "@/lib/mail/requeue";
import { requeueSchema } from "@/lib/mail/requeue-schema";
import type { StaffActionState } from "@/lib/core/action-state";
import { fileMessageSchema } from "@/lib/triage/file-message-schema";
import { fileUnmatchedMessage, UnknownReferenceError } from "@/lib/triage/inbound-email";
import { runStaffAction } from "@/lib/core/run-staff-action";
import { DomainError } from "@/lib/core/domain-error";

// Not runStaffAction: an unknown reference belongs next to the reference field, not above the form.
export async function fileMessageAction(_: StaffActionState, formData: FormData): Promise<StaffActionState> {
  const staff = await requireStaff();
  const values = formValues(formData);
  const parsed = parseForm(fileMessageSchema, values);
  if (!parsed.ok) return { status: "error", message: "Please correct the highlighted fields.", fieldErrors: parsed.fieldErrors, values };
  try {
    const { reference } = await fileUnmatchedMessage({ ...parsed.data, actorId: staff.id });
    revalidatePath("/staff", "layout");
    return { status: "ok", message: `Filed under ${reference}.` };
  } catch (error) {
    if (error instanceof UnknownReferenceError)
      return { status: "error", message: error.message, fieldErrors: { reference: error.message }, values };
    if (error instanceof DomainError) return { status: "error", message: error.message, fieldErrors: {}, values };
    throw error;
  }
}

/** Admins send a FAILED email again (audited in lib/mail/requeue.ts). */
export async function requeueMessageAction(_: StaffActionState, formData: FormData): Promise<StaffActionState> {
  const admin = await requireStaff("ADMIN");
  return runStaffAction(requeueSchema, formData, async ({ messageId }) => {
    const { to } = await requeueFailedMessage({ id: messageId, actorId: admin.id });
    // No revalidation: the list would drop the message, and its confirmation with it. The next visit
    // shows it gone (the page is rendered per request).
    return `Queued to be sent again to ${to}.`;
  });
}
