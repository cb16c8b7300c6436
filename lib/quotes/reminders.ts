// One reminder per sent quote, QUOTE_REMINDER_DAYS before it lapses, queued through the outbox with a
// fresh private link. Every app process runs the job; the claim (reminderSentAt set only where it is
// still null, in the transaction that queues the email) lets exactly one of them send it.
import "server-only";
import { randomUUID } from "node:crypto";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { formatMoney } from "@/lib/core/money";
import { log } from "@/lib/core/log";
import { recordAudit } from "@/lib/core/audit";
import { staffInboxes } from "@/lib/inquiries/create-inquiry";
import { messageIdFor } from "@/lib/mail/addresses";
import { outboxRow } from "@/lib/mail/enqueue";
import { wakeOutboxWorker } from "@/lib/mail/worker";
import { lapsingQuoteWhere } from "@/lib/quotes/expiry";
import { quoteLabel } from "@/lib/core/quote-terms";
import { newRequesterToken, requesterPageUrl, storeRequesterLink } from "@/lib/requesters/links";

const HOUR_MS = 3_600_000;
export const REMINDER_INTERVAL_MS = HOUR_MS;
const BATCH_SIZE = 100;
/** A quote sent less than a day ago gets no reminder: its own email is still fresh. */
const QUIET_AFTER_SENDING_MS = 24 * HOUR_MS;

const longDate = (date: Date) => date.toLocaleDateString("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });

/**
 * Queue the reminders due at `now`; returns how many this call queued. A quote already reminded,
 * expired, or sent within the last day is left alone; with QUOTE_REMINDER_DAYS = 0 none is due.
 */
export async function sendQuoteReminders({ now = new Date(), days = env.QUOTE_REMINDER_DAYS } = {}) {
  const due = await db.quote.findMany({
    where: { ...lapsingQuoteWhere(now, days), reminderSentAt: null, sentAt: { lte: new Date(now.getTime() - QUIET_AFTER_SENDING_MS) } },
    orderBy: [{ validUntil: "asc" }, { id: "asc" }],
    take: BATCH_SIZE,
    select: {
      id: true,
      number: true,
      revision: true,
      validUntil: true,
      currency: true,
      totalMinor: true,
      inquiry: { select: { id: true, reference: true, kind: true, email: true } },
    },
  });
  let queued = 0;
  for (const quote of due) {
    const { inquiry } = quote;
    const { token, tokenHash } = newRequesterToken();
    const label = quoteLabel(quote);
    const validUntil = longDate(quote.validUntil);
    const ack = messageIdFor("ack", inquiry.id);
    const sent = await db.$transaction(async (tx) => {
      const { count } = await tx.quote.updateMany({
        where: { id: quote.id, status: "SENT", reminderSentAt: null },
        data: { reminderSentAt: now },
      });
      if (count === 0) return false;
      await tx.outboxMessage.create({
        data: outboxRow(
          "quote-reminder",
          {
            reference: inquiry.reference,
            quoteLabel: label,
            validUntil,
            total: formatMoney(quote.totalMinor, quote.currency),
            pageUrl: requesterPageUrl(inquiry.reference, token),
          },
          {
            inquiryId: inquiry.id,
            toAddress: inquiry.email,
            replyTo: staffInboxes[inquiry.kind],
            messageId: messageIdFor("quote-reminder", randomUUID()),
            inReplyTo: ack,
            references: ack,
          },
        ),
      });
      await storeRequesterLink(tx, { inquiryId: inquiry.id, email: inquiry.email, tokenHash, now });
      await recordAudit(tx, { actorId: null, inquiryId: inquiry.id, action: "quote.reminder", after: { quote: label, validUntil } });
      return true;
    });
    if (sent) queued++;
  }
  if (queued) wakeOutboxWorker();
  return queued;
}

const globals = globalThis as unknown as { quoteReminderTimers?: NodeJS.Timeout[] };

/** The reminder job every REMINDER_INTERVAL_MS in each app process, started by instrumentation.ts. */
export function startQuoteReminderSchedule(intervalMs = REMINDER_INTERVAL_MS) {
  if (globals.quoteReminderTimers || env.NEXT_PHASE === "phase-production-build") return;
  let running = false;
  const run = async () => {
    if (running) return;
    running = true;
    try {
      const queued = await sendQuoteReminders();
      if (queued) log.info("quotes.reminders-queued", { queued });
    } catch (error) {
      log.error("quotes.reminders-failed", { error });
    } finally {
      running = false;
    }
  };
  // As the cleanup: start-up (migrations, the first requests) comes first.
  globals.quoteReminderTimers = [setTimeout(run, Math.min(intervalMs, 60_000)), setInterval(run, intervalMs)];
  for (const timer of globals.quoteReminderTimers) timer.unref();
}
