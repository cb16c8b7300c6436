// No "server-only" marker: instrumentation.ts (outside the React server graph) starts the schedule.
import { randomUUID } from "node:crypto";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { log } from "@/lib/core/log";
import { inquiryKinds } from "@/lib/inquiries/kinds";
import { addBusinessTime, configuredCalendar, type BusinessCalendar } from "@/lib/inquiries/sla";
import { isFinished, statusOrder } from "@/lib/inquiries/status";
import { messageIdFor } from "@/lib/mail/addresses";
import { outboxRow } from "@/lib/mail/enqueue";
import { wakeOutboxWorker } from "@/lib/mail/worker";

const HOUR_MS = 3_600_000;
export const SLA_WARNING_TEMPLATE = "sla-warning" as const;
// A round sends at most this many; the next round (minutes later) takes the rest.
const BATCH = 50;
const openStatuses = statusOrder.filter((s) => !isFinished(s));

function formatDue(date: Date, timeZone: string) {
  const text = new Intl.DateTimeFormat("en-GB", {
    timeZone,
    weekday: "short",
    day: "numeric",
    month: "short",
    year: "numeric",
    hour: "2-digit",
    minute: "2-digit",
  }).format(date);
  return `${text} (${timeZone})`;
}

/**
 * Warn each assignee whose open inquiry has had no first response and falls due within
 * SLA_WARNING_HOURS business hours. Once per inquiry: slaWarningSentAt is set in the transaction
 * that queues the email, guarded by its being still empty, so two processes never both send.
 * Already overdue inquiries are not warned: the inbox shows them as overdue.
 */
export async function sendSlaWarnings({
  now = new Date(),
  hours = env.SLA_WARNING_HOURS,
  calendar = configuredCalendar,
}: { now?: Date; hours?: number; calendar?: BusinessCalendar } = {}) {
  const horizon = addBusinessTime(now, hours * HOUR_MS, calendar);
  const candidates = await db.inquiry.findMany({
    where: {
      slaWarningSentAt: null,
      firstResponseAt: null,
      status: { in: openStatuses },
      firstResponseDueAt: { gt: now, lte: horizon },
      assignee: { active: true },
    },
    orderBy: { firstResponseDueAt: "asc" },
    take: BATCH,
    select: {
      id: true,
      reference: true,
      kind: true,
      name: true,
      institution: true,
      firstResponseDueAt: true,
      assignee: { select: { id: true, name: true, email: true } },
    },
  });
  let sent = 0;
  for (const inquiry of candidates) {
    const assignee = inquiry.assignee!;
    const hoursText = `${hours} business hour${hours === 1 ? "" : "s"}`;
    const warning = outboxRow(
      SLA_WARNING_TEMPLATE,
      {
        reference: inquiry.reference,
        kindLabel: inquiryKinds[inquiry.kind].label,
        requesterName: inquiry.name,
        institution: inquiry.institution,
        assigneeName: assignee.name,
        dueAt: formatDue(inquiry.firstResponseDueAt, calendar.timeZone),
        remaining: hoursText,
        staffUrl: new URL(`/staff/inquiries/${inquiry.reference}`, env.SITE_URL).toString(),
      },
      { inquiryId: inquiry.id, toAddress: assignee.email, messageId: messageIdFor("sla-warning", randomUUID()) },
    );
    const claimed = await db.$transaction(async (tx) => {
      // Still unanswered, open, unwarned and with the same assignee: else another process or a reply got there first.
      const { count } = await tx.inquiry.updateMany({
        where: { id: inquiry.id, slaWarningSentAt: null, firstResponseAt: null, assigneeId: assignee.id, status: { in: openStatuses } },
        data: { slaWarningSentAt: now },
      });
      if (count === 0) return false;
      await tx.outboxMessage.create({ data: warning });
      return true;
    });
    if (claimed) sent++;
  }
  if (sent) wakeOutboxWorker();
  return { sent };
}

const globals = globalThis as unknown as { slaWarningTimers?: NodeJS.Timeout[] };

/** The warning round every `intervalMs` in each app process (started by instrumentation.ts). */
export function startSlaWarningSchedule(intervalMs = 5 * 60_000) {
  if (env.NEXT_PHASE === "phase-production-build" || globals.slaWarningTimers) return;
  let running = false;
  const run = async () => {
    if (running) return;
    running = true;
    try {
      const { sent } = await sendSlaWarnings();
      if (sent) log.info("sla-warning.sent", { sent });
    } catch (error) {
      log.error("sla-warning.failed", { error });
    } finally {
      running = false;
    }
  };
  globals.slaWarningTimers = [setTimeout(run, Math.min(intervalMs, 30_000)), setInterval(run, intervalMs)];
  for (const timer of globals.slaWarningTimers) timer.unref();
}
