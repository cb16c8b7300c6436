// No "server-only" marker: reached from instrumentation.ts, outside the React server graph.
import { setTimeout as sleep } from "node:timers/promises";
import type { Transporter } from "nodemailer";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { log } from "@/lib/core/log";
import { renderEmail } from "@/lib/mail/render";
import { templateElement } from "@/lib/mail/templates";

type Claimed = {
  id: string;
  fromAddress: string;
  toAddress: string;
  replyTo: string | null;
  subject: string;
  template: string;
  props: unknown;
  html: string | null;
  text: string | null;
  messageId: string;
  inReplyTo: string | null;
  references: string | null;
  attempts: number;
  reference: string | null;
  hasAttachments: boolean;
};

export const MAX_ATTEMPTS = 12;
export const OUTBOX_BATCH_SIZE = 20;

/** 10 s, 20 s, 40 s … capped at one hour, with jitter so workers that failed together spread out. */
export function retryDelayMs(attempts: number, firstDelayMs = env.OUTBOX_RETRY_BASE_MS) {
  const base = Math.min(firstDelayMs * 2 ** Math.max(0, attempts - 1), 3_600_000);
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
          AND "bodyRemovedAt" IS NULL
        ORDER BY "nextAttemptAt", "createdAt"
        LIMIT ${limit}
        FOR UPDATE SKIP LOCKED)
    RETURNING m.id, m."fromAddress", m."toAddress", m."replyTo", m.subject, m.template, m.props, m.html, m.text, m."messageId",
              m."inReplyTo", m."references", m.attempts,
              (SELECT i.reference FROM "Inquiry" i WHERE i.id = m."inquiryId") AS reference,
              EXISTS (SELECT 1 FROM "OutboxAttachment" a WHERE a."messageId" = m.id) AS "hasAttachments"`;
}

/**
 * `unavailable`: failed because the SMTP server could not be reached or refused the connection as a
 * whole (not because of the message), counted among `failed` too; the worker then stops claiming
 * mail until the server answers again (lib/mail/worker.ts).
 */
export type DeliveryReport = { claimed: number; sent: number; failed: number; unavailable: number };
type Outcome = "sent" | "failed" | "unavailable";

/**
 * Errors of the server or the connection rather than of one message: connecting, the greeting,
 * authentication, a timeout, or a 421 ("service not available, closing channel").
 */
export function isServerUnavailable(error: unknown) {
  if (!(error instanceof Error)) return false;
  const { code, responseCode } = error as Error & { code?: string; responseCode?: number };
  return ["ECONNECTION", "ESOCKET", "ETIMEDOUT", "EDNS", "EAUTH"].includes(code ?? "") || responseCode === 421;
}

/**
 * Send every due message once. Returns what happened; errors are recorded on the messages. The
 * messages go to the transport together: a pooled transport sends as many at once as it has
 * connections (SMTP_CONNECTIONS), each marked sent as soon as its server accepts it.
 */
export async function deliverDueMessages({
  transport,
  limit = OUTBOX_BATCH_SIZE,
  leaseMs = env.OUTBOX_LEASE_MS,
}: {
  transport: Transporter;
  limit?: number;
  leaseMs?: number;
}): Promise<DeliveryReport> {
  const messages = await claimDueMessages(limit, leaseMs);
  const report: DeliveryReport = { claimed: messages.length, sent: 0, failed: 0, unavailable: 0 };
  // allSettled: a round ends only when every send it started has ended (graceful shutdown waits for it).
  const outcomes = await Promise.allSettled(messages.map((message) => sendOne(transport, message, leaseMs)));
  for (const outcome of outcomes) {
    if (outcome.status === "fulfilled" && outcome.value === "sent") report.sent++;
    else report.failed++;
    if (outcome.status === "fulfilled" && outcome.value === "unavailable") report.unavailable++;
    // A failure that could not be recorded leaves the message claimed: it is retried after its lease.
    if (outcome.status === "rejected") log.error("mail.record-failed", { error: outcome.reason });
  }
  return report;
}

// Most messages have none: only those that do pay for the extra read.
async function attachmentsOf(message: Claimed) {
  if (!message.hasAttachments) return undefined;
  const rows = await db.outboxAttachment.findMany({
    where: { messageId: message.id },
    orderBy: { position: "asc" },
    select: { filename: true, contentType: true, content: true },
  });
  return rows.map((row) => ({ filename: row.filename, contentType: row.contentType, content: Buffer.from(row.content) }));
}

/**
 * The message's HTML and text: rendered now from its template and props, or as stored by a row
 * queued before rendering moved to send time. The props were checked when queued and are checked
 * again here, since a template may have changed while the message waited.
 */
export async function renderOutboxMessage(message: Pick<Claimed, "template" | "props" | "html" | "text">) {
  if (message.props === null || message.props === undefined) {
    if (message.html === null || message.text === null) throw new Error("The message has neither props nor a stored body");
    return { html: message.html, text: message.text };
  }
  return renderEmail(templateElement(message.template, message.props));
}

/**
 * A message that cannot be rendered would fail the same way on every attempt: it is marked FAILED at
 * once, with the error, where staff see failed mail (/staff/mail), instead of being retried.
 */
async function failUnrenderable(message: Claimed, error: unknown): Promise<Outcome> {
  const reason = `Could not render the email: ${error instanceof Error ? error.message : String(error)}`;
  log.error("mail.render-failed", { reference: message.reference, messageId: message.messageId, template: message.template, error });
  await db.outboxMessage.updateMany({
    where: { id: message.id },
    data: { status: "FAILED", lastError: reason.slice(0, 1000), lockedUntil: null },
  });
  return "failed";
}

async function sendOne(transport: Transporter, message: Claimed, leaseMs: number): Promise<Outcome> {
  let body: { html: string; text: string };
  try {
    body = await renderOutboxMessage(message);
  } catch (error) {
    return failUnrenderable(message, error);
  }
  try {
    const attachments = await attachmentsOf(message);
    await transport.sendMail({
      attachments,
      from: message.fromAddress,
      to: message.toAddress,
      replyTo: message.replyTo ?? undefined,
      subject: message.subject,
      html: body.html,
      text: body.text,
      messageId: message.messageId,
      inReplyTo: message.inReplyTo ?? undefined,
      references: message.references ?? undefined,
    });
  } catch (error) {
    const giveUp = message.attempts >= MAX_ATTEMPTS;
    log.warn(giveUp ? "mail.failed" : "mail.retry", {
      reference: message.reference,
      messageId: message.messageId,
      attempts: message.attempts,
      error,
    });
    const reason = error instanceof Error ? error.message : String(error);
    // updateMany: a message deleted meanwhile (its inquiry removed) is nothing to record.
    await db.outboxMessage.updateMany({
      where: { id: message.id },
      data: {
        status: giveUp ? "FAILED" : "PENDING",
        lastError: reason.slice(0, 1000),
        lockedUntil: null,
        nextAttemptAt: new Date(Date.now() + retryDelayMs(message.attempts)),
      },
    });
    return isServerUnavailable(error) ? "unavailable" : "failed";
  }
  // At-least-once: a crash between the SMTP server's accept above and this mark re-sends the
  // message after the lease expires, with the same Message-ID. Only the claimed batch can be in
  // that window: the next claim waits for every mark of this one.
  return markSent(message, leaseMs);
}

/**
 * Record a message as sent. The server has it, so if the database is briefly unreachable (a
 * restart) the mark is retried for up to one lease: until then no other worker takes the message
 * over, so marking it in time prevents a second send.
 */
async function markSent(message: Claimed, leaseMs: number): Promise<Outcome> {
  const giveUpAt = Date.now() + leaseMs;
  for (let attempt = 0; ; attempt++) {
    try {
      await db.outboxMessage.updateMany({
        where: { id: message.id, status: "PENDING" },
        data: { status: "SENT", sentAt: new Date(), lockedUntil: null, lastError: null },
      });
      log.info("mail.sent", { reference: message.reference, messageId: message.messageId, attempts: message.attempts });
      return "sent";
    } catch (error) {
      if (Date.now() >= giveUpAt) {
        log.error("mail.mark-failed", {
          reference: message.reference,
          messageId: message.messageId,
          detail: "sent, but will be sent again after its lease",
          error,
        });
        return "sent";
      }
      await sleep(Math.min(250 * 2 ** attempt, 2_000));
    }
  }
}

export type OutboxDepth = { pending: number; failed: number; oldestPendingAgeSeconds: number | null };

/** How much mail waits (PENDING, claimed or not), how much gave up (FAILED), and the oldest wait. */
export async function getOutboxDepth(): Promise<OutboxDepth> {
  // Both statuses lead the (status, nextAttemptAt) index, so sent history does not slow this down.
  const [row] = await db.$queryRaw<[{ pending: number; failed: number; oldest: number | null }]>`
    SELECT count(*) FILTER (WHERE status = 'PENDING')::int AS pending,
           count(*) FILTER (WHERE status = 'FAILED')::int AS failed,
           extract(epoch FROM now() - min("createdAt") FILTER (WHERE status = 'PENDING'))::float8 AS oldest
      FROM "OutboxMessage" WHERE status IN ('PENDING', 'FAILED')`;
  return { pending: row.pending, failed: row.failed, oldestPendingAgeSeconds: row.oldest === null ? null : Math.round(row.oldest) };
}

/** Sign-in emails: their link is a staff session, so no page that lists mail ever shows them. */
export const SIGN_IN_TEMPLATE = "staff-sign-in" as const;
const notSignIn = { template: { not: SIGN_IN_TEMPLATE } };

/** What /dev/mailbox shows: every queued email but the sign-in links. */
export async function listMailbox({ limit = 100 }: { limit?: number } = {}) {
  return db.outboxMessage.findMany({
    where: notSignIn,
    orderBy: { createdAt: "desc" },
    take: limit,
    select: {
      id: true,
      toAddress: true,
      replyTo: true,
      subject: true,
      status: true,
      attempts: true,
      createdAt: true,
      sentAt: true,
      lastError: true,
      template: true,
      inquiryId: true,
      inquiry: { select: { reference: true } },
    },
  });
}

export async function getMailboxMessage({ id }: { id: string }) {
  return db.outboxMessage.findFirst({ where: { id, ...notSignIn } });
}
