"use server";
import { revalidatePath } from "next/cache";
import { requireStaff } from "@/lib/auth/require-staff";
import type { StaffActionState } from "@/lib/core/action-state";
import { runStaffAction } from "@/lib/core/run-staff-action";
import { DomainError } from "@/lib/core/domain-error";
import { sendReply } from "@/lib/triage/replies";
import { replyAttachmentProblem } from "@/lib/triage/reply-attachments";
import { assignSchema, noteSchema, replySchema, spamSchema, statusSchema } from "@/lib/triage/schemas";
import { statusLabels } from "@/lib/inquiries/status";
import { addNote, assignInquiry, changeStatus, markNotSpam, markSpam } from "@/lib/triage/workflow";

// Each action checks the session and role itself, first: a server action is a public endpoint.

const refresh = () => revalidatePath("/staff", "layout");

export async function assignAction(_: StaffActionState, formData: FormData) {
  const staff = await requireStaff();
  return runStaffAction(assignSchema, formData, async ({ inquiryId, assigneeId }) => {
    await assignInquiry({ inquiryId, assigneeId, actor: staff });
    refresh();
    return assigneeId ? "Assigned." : "Unassigned.";
  });
}

export async function statusAction(_: StaffActionState, formData: FormData) {
  const staff = await requireStaff();
  return runStaffAction(statusSchema, formData, async ({ inquiryId, status }) => {
    await changeStatus({ inquiryId, to: status, actor: staff });
    refresh();
    return `Status set to ${statusLabels[status].toLowerCase()}.`;
  });
}

export async function noteAction(_: StaffActionState, formData: FormData) {
  const staff = await requireStaff();
  return runStaffAction(noteSchema, formData, async (data) => {
    await addNote({ ...data, actor: staff });
    refresh();
    return "Note added.";
  });
}

export async function replyAction(_: StaffActionState, formData: FormData) {
  const staff = await requireStaff();
  return runStaffAction(replySchema, formData, async (data) => {
    // Sizes are checked before any file is read (the proxy bounds the body as a whole).
    const files = formData.getAll("attachments").filter((f): f is File => f instanceof File && f.size > 0);
    const problem = replyAttachmentProblem(files);
    if (problem) throw new DomainError("invalid", problem, { attachments: problem });
    const attachments = await Promise.all(files.map(async (f) => ({ filename: f.name, content: new Uint8Array(await f.arrayBuffer()) })));
    await sendReply({ ...data, attachments, actor: staff });
    refresh();
    return attachments.length
      ? `Reply queued for sending with ${attachments.length} attachment${attachments.length === 1 ? "" : "s"}.`
      : "Reply queued for sending.";
  });
}

export async function spamAction(_: StaffActionState, formData: FormData) {
  const staff = await requireStaff();
  return runStaffAction(spamSchema, formData, async ({ inquiryId, spam }) => {
    if (spam === "yes") await markSpam({ inquiryId, actor: staff });
    else await markNotSpam({ inquiryId, actor: staff });
    refresh();
    return spam === "yes" ? "Marked as spam; the sender can no longer submit inquiries." : "Restored; the sender is no longer blocked.";
  });
}
