import "server-only";
import { db } from "@/lib/db";
import { SIGN_IN_TEMPLATE } from "@/lib/mail/cleanup";
import { wakeOutboxWorker } from "@/lib/mail/worker";
import { recordAudit } from "@/lib/core/audit";
import { DomainError } from "@/lib/core/domain-error";

/** Mail the outbox gave up on (after MAX_ATTEMPTS), newest first, for staff to see and re-queue. */
export async function listFailedMessages({ limit = 50 }: { limit?: number } = {}) {
  return db.outboxMessage.findMany({
    where: { status: "FAILED" },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: limit,
    select: {
      id: true,
      template: true,
      toAddress: true,
      subject: true,
      attempts: true,
      lastError: true,
      createdAt: true,
      bodyRemovedAt: true,
      inquiry: { select: { reference: true } },
    },
  });
}

export type FailedMessage = Awaited<ReturnType<typeof listFailedMessages>>[number];

/** Why a failed message cannot be sent again, or null when it can. */
export function requeueRefusal(message: { template: string; bodyRemovedAt: Date | null }) {
  if (message.template === SIGN_IN_TEMPLATE) return "Sign-in links expire: the staff member asks for a new link instead.";
  if (message.bodyRemovedAt) return "Its text was removed by the retention cleanup, so there is nothing left to send.";
  return null;
}

/** An admin sends a FAILED message again: it becomes due now with a fresh count of attempts, audited. */
export async function requeueFailedMessage({ id, actorId }: { id: string; actorId: string }) {
  const message = await db.outboxMessage.findUnique({
    where: { id },
    select: {
      status: true,
      template: true,
      bodyRemovedAt: true,
      inquiryId: true,
      attempts: true,
      lastError: true,
      toAddress: true,
      subject: true,
    },
  });
  if (!message) throw new DomainError("not-found", "This message no longer exists.");
  if (message.status !== "FAILED")
    throw new DomainError(
      "conflict",
      message.status === "SENT" ? "This message has been sent meanwhile." : "This message is already waiting to be sent.",
    );
  const refusal = requeueRefusal(message);
  if (refusal) throw new DomainError("invalid", refusal);

  await db.$transaction(async (tx) => {
    const { count } = await tx.outboxMessage.updateMany({
      where: { id, status: "FAILED" },
      data: { status: "PENDING", attempts: 0, nextAttemptAt: new Date(), lockedUntil: null, lastError: null },
    });
    if (count === 0) throw new DomainError("conflict", "Someone re-queued this message a moment ago.");
    await recordAudit(tx, {
      actorId,
      inquiryId: message.inquiryId,
      action: "mail.requeue",
      before: { status: "FAILED", attempts: message.attempts, lastError: message.lastError },
      after: { status: "PENDING", outboxMessageId: id, to: message.toAddress, subject: message.subject },
    });
  });
  wakeOutboxWorker();
  return { to: message.toAddress };
}
