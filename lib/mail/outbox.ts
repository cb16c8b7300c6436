// No "server-only" marker: reached from instrumentation.ts, outside the React server graph.
import type { Transporter } from "nodemailer";
import { db } from "@/lib/db";

type Claimed = {
  id: string;
  fromAddress: string;
  toAddress: string;
  replyTo: string | null;
  subject: string;
  html: string;
  text: string;
  messageId: string;
  inReplyTo: string | null;
  references: string | null;
  attempts: number;
};

export const MAX_ATTEMPTS = 12;
export const OUTBOX_BATCH_SIZE = 20;

/** 10 s, 20 s, 40 s … capped at one hour, with jitter so workers that failed together spread out. */
export function retryDelayMs(attempts: number) {
  const base = Math.min(10_000 * 2 ** Math.max(0, attempts - 1), 3_600_000);
  return Math.round(base * (0.8 + Math.random() * 0.4));
}

/**
 * Claim up to `limit` due messages for this worker. SKIP LOCKED lets several app processes claim
 * concurrently without waiting on, or taking, each other's rows; the lease (lockedUntil) lets another
 * worker take a message over if this process dies mid-send.
 */
async function claimDueMessages(limit: number, leaseMs: number) {
  return db.$queryRaw<Claimed[]>`
    UPDATE "OutboxMessage" m
       SET "lockedUntil" = now() + make_interval(secs => ${leaseMs / 1000}::float8),
           attempts = m.attempts + 1
     WHERE m.id IN (
       SELECT id FROM "OutboxMessage"
        WHERE status = 'PENDING' AND "nextAttemptAt" <= now() AND ("lockedUntil" IS NULL OR "lockedUntil" < now())
        ORDER BY "nextAttemptAt", "createdAt"
        LIMIT ${limit}
        FOR UPDATE SKIP LOCKED)
    RETURNING m.id, m."fromAddress", m."toAddress", m."replyTo", m.subject, m.html, m.text, m."messageId",
              m."inReplyTo", m."references", m.attempts`;
}

export type DeliveryReport = { claimed: number; sent: number; failed: number };

/** Send every due message once. Returns what happened; errors are recorded on the messages. */
export async function deliverDueMessages({ transport, limit = OUTBOX_BATCH_SIZE, leaseMs = 60_000 }: { transport: Transporter; limit?: number; leaseMs?: number }): Promise<DeliveryReport> {
  const messages = await claimDueMessages(limit, leaseMs);
  const report: DeliveryReport = { claimed: messages.length, sent: 0, failed: 0 };
  for (const message of messages) {
    try {
      await transport.sendMail({
        from: message.fromAddress,
        to: message.toAddress,
        replyTo: message.replyTo ?? undefined,
        subject: message.subject,
        html: message.html,
        text: message.text,
        messageId: message.messageId,
        inReplyTo: message.inReplyTo ?? undefined,
        references: message.references ?? undefined,
      });
    } catch (error) {
      report.failed++;
      const reason = error instanceof Error ? error.message : String(error);
      const giveUp = message.attempts >= MAX_ATTEMPTS;
      await db.outboxMessage.update({
        where: { id: message.id },
        data: {
          status: giveUp ? "FAILED" : "PENDING",
          lastError: reason.slice(0, 1000),
          lockedUntil: null,
          nextAttemptAt: new Date(Date.now() + retryDelayMs(message.attempts)),
        },
      });
      continue;
    }
    // At-least-once: a crash between the SMTP server's accept above and this mark re-sends the
    // message after the lease expires, with the same Message-ID.
    await db.outboxMessage.updateMany({
      where: { id: message.id, status: "PENDING" },
      data: { status: "SENT", sentAt: new Date(), lockedUntil: null, lastError: null },
    });
    report.sent++;
  }
  return report;
}

export async function listMailbox({ limit = 100 }: { limit?: number } = {}) {
  return db.outboxMessage.findMany({
    orderBy: { createdAt: "desc" },
    take: limit,
    select: { id: true, toAddress: true, replyTo: true, subject: true, status: true, attempts: true, createdAt: true, sentAt: true, lastError: true, template: true },
  });
}

export async function getMailboxMessage({ id }: { id: string }) {
  return db.outboxMessage.findUnique({ where: { id } });
}
