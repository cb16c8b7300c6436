import "server-only";
import { db } from "@/lib/db";
import type { InquiryStatus } from "@/lib/generated/prisma/enums";
import { recordAudit } from "@/lib/core/audit";
import { canTransition, closesInquiry, statusLabels } from "@/lib/inquiries/status";
import { DomainError } from "@/lib/core/domain-error";

type Actor = { id: string };

async function loadInquiry(inquiryId: string) {
  const inquiry = await db.inquiry.findUnique({
    where: { id: inquiryId },
    select: { id: true, reference: true, status: true, email: true, assigneeId: true, statusBeforeSpam: true },
  });
  if (!inquiry) throw new DomainError("not-found", "This inquiry no longer exists.");
  return inquiry;
}

/** Refusal when the status changed between the staff member's view and their action. */
export const STATUS_CHANGED_MEANWHILE = "Someone changed this inquiry's status a moment ago. Reload to see it.";

/** closedAt follows the status: set on entering won / lost / closed, cleared on leaving. */
export function closedAtFor(from: InquiryStatus, to: InquiryStatus, now: Date): { closedAt?: Date | null } {
  if (closesInquiry(to)) return closesInquiry(from) ? {} : { closedAt: now };
  return { closedAt: null };
}

export async function assignInquiry({ inquiryId, assigneeId, actor }: { inquiryId: string; assigneeId: string | null; actor: Actor }) {
  const inquiry = await loadInquiry(inquiryId);
  if (assigneeId) {
    const assignee = await db.staffMember.findUnique({ where: { id: assigneeId }, select: { active: true } });
    if (!assignee?.active) throw new DomainError("invalid", "Choose an active staff member.");
  }
  if (inquiry.assigneeId === assigneeId) return;
  await db.$transaction(async (tx) => {
    await tx.inquiry.update({ where: { id: inquiryId }, data: { assigneeId } });
    await recordAudit(tx, {
      actorId: actor.id,
      inquiryId,
      action: "assign",
      before: { assigneeId: inquiry.assigneeId },
      after: { assigneeId },
    });
  });
}

/**
 * Move an inquiry along the workflow. The update is conditional on the status the staff member saw,
 * so two people changing it at once cannot both succeed on a stale view.
 */
export async function changeStatus({
  inquiryId,
  to,
  actor,
  now = new Date(),
}: {
  inquiryId: string;
  to: InquiryStatus;
  actor: Actor;
  now?: Date;
}) {
  const inquiry = await loadInquiry(inquiryId);
  if (inquiry.status === to) return;
  if (to === "SPAM" || inquiry.status === "SPAM") throw new DomainError("not-allowed", "Use “Mark as spam” or “Not spam” for that.");
  if (!canTransition(inquiry.status, to)) {
    throw new DomainError(
      "not-allowed",
      `An inquiry that is ${statusLabels[inquiry.status].toLowerCase()} cannot be moved to ${statusLabels[to].toLowerCase()}.`,
    );
  }
  await db.$transaction(async (tx) => {
    const { count } = await tx.inquiry.updateMany({
      where: { id: inquiryId, status: inquiry.status },
      data: { status: to, ...closedAtFor(inquiry.status, to, now) },
    });
    if (count === 0) throw new DomainError("conflict", STATUS_CHANGED_MEANWHILE);
    await recordAudit(tx, { actorId: actor.id, inquiryId, action: "status", before: { status: inquiry.status }, after: { status: to } });
  });
}

export async function addNote({ inquiryId, body, actor }: { inquiryId: string; body: string; actor: Actor }) {
  await loadInquiry(inquiryId);
  await db.$transaction(async (tx) => {
    const note = await tx.inquiryNote.create({ data: { inquiryId, authorId: actor.id, body }, select: { id: true } });
    await recordAudit(tx, { actorId: actor.id, inquiryId, action: "note", after: { noteId: note.id } });
  });
}

/** Hide the inquiry from the inbox and refuse new submissions from its sender. Undone by markNotSpam. */
export async function markSpam({ inquiryId, actor }: { inquiryId: string; actor: Actor }) {
  const inquiry = await loadInquiry(inquiryId);
  if (inquiry.status === "SPAM") return;
  const email = inquiry.email.toLowerCase();
  await db.$transaction(async (tx) => {
    const { count } = await tx.inquiry.updateMany({
      where: { id: inquiryId, status: inquiry.status },
      data: { status: "SPAM", statusBeforeSpam: inquiry.status },
    });
    if (count === 0) throw new DomainError("conflict", STATUS_CHANGED_MEANWHILE);
    await tx.blockedSender.upsert({ where: { email }, create: { email, inquiryId }, update: {} });
    await recordAudit(tx, {
      actorId: actor.id,
      inquiryId,
      action: "spam",
      before: { status: inquiry.status },
      after: { status: "SPAM", blocked: email },
    });
  });
}

export async function markNotSpam({ inquiryId, actor }: { inquiryId: string; actor: Actor }) {
  const inquiry = await loadInquiry(inquiryId);
  if (inquiry.status !== "SPAM") return;
  const restored = inquiry.statusBeforeSpam ?? "NEW";
  const email = inquiry.email.toLowerCase();
  await db.$transaction(async (tx) => {
    await tx.inquiry.update({ where: { id: inquiryId }, data: { status: restored, statusBeforeSpam: null } });
    // The sender stays blocked while another of their inquiries is still marked as spam.
    const stillSpam = await tx.inquiry.count({ where: { email: { equals: email, mode: "insensitive" }, status: "SPAM" } });
    const unblocked = stillSpam === 0 ? (await tx.blockedSender.deleteMany({ where: { email } })).count > 0 : false;
    await recordAudit(tx, {
      actorId: actor.id,
      inquiryId,
      action: "not-spam",
      before: { status: "SPAM" },
      after: { status: restored, unblocked: unblocked ? email : null },
    });
  });
}

export type BulkResult = { done: number; skipped: { reference: string; reason: string }[] };

/** Apply one action to many inquiries; each is checked on its own, and refusals are reported, not fatal. */
export async function applyBulk(
  inquiryIds: string[],
  action: { type: "assign"; assigneeId: string | null } | { type: "status"; status: InquiryStatus } | { type: "spam" },
  actor: Actor,
): Promise<BulkResult> {
  const result: BulkResult = { done: 0, skipped: [] };
  for (const inquiryId of inquiryIds) {
    try {
      if (action.type === "assign") await assignInquiry({ inquiryId, assigneeId: action.assigneeId, actor });
      else if (action.type === "status") await changeStatus({ inquiryId, to: action.status, actor });
      else await markSpam({ inquiryId, actor });
      result.done++;
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      const reference = (await db.inquiry.findUnique({ where: { id: inquiryId }, select: { reference: true } }))?.reference ?? inquiryId;
      result.skipped.push({ reference, reason: error.message });
    }
  }
  return result;
}
