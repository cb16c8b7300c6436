import { env } from "@/lib/env";
import type { InquiryKind, InquiryStatus } from "@/lib/generated/prisma/enums";
import { isFinished } from "@/lib/inquiries/status";

const DAY_MS = 86_400_000;

/** First-response target per kind, in business days (configured in the environment). */
export const firstResponseDays: Record<InquiryKind, number> = {
  QUOTE: env.SLA_QUOTE_DAYS,
  CUSTOM_SYNTHESIS: env.SLA_CUSTOM_SYNTHESIS_DAYS,
  SUPPORT: env.SLA_SUPPORT_DAYS,
};

const isWeekend = (t: number) => {
  const day = new Date(t).getUTCDay();
  return day === 0 || day === 6;
};

/**
 * `start` plus `days` business days, counting only Monday–Friday (UTC) time: an inquiry sent on
 * Friday at 15:00 with a one-day target is due on Monday at 15:00, one sent on Saturday on Tuesday at 00:00.
 */
export function addBusinessDays(start: Date, days: number): Date {
  let t = start.getTime();
  let remaining = days * DAY_MS;
  while (remaining > 0) {
    const nextMidnight = Math.floor(t / DAY_MS) * DAY_MS + DAY_MS;
    if (isWeekend(t)) {
      t = nextMidnight;
      continue;
    }
    const step = Math.min(remaining, nextMidnight - t);
    t += step;
    remaining -= step;
  }
  return new Date(t);
}

export function firstResponseDueAt(kind: InquiryKind, createdAt: Date) {
  return addBusinessDays(createdAt, firstResponseDays[kind]);
}

type SlaFields = { status: InquiryStatus; firstResponseDueAt: Date; firstResponseAt: Date | null };

/** Overdue: still waiting for its first reply after the target, and not finished or spam. */
export function isOverdue(inquiry: SlaFields, now = new Date()) {
  return inquiry.firstResponseAt === null && !isFinished(inquiry.status) && inquiry.firstResponseDueAt.getTime() < now.getTime();
}

/** "3 h", "2 d 4 h", "12 min": an age or duration as staff read it in a list. */
export function formatDuration(ms: number) {
  const minutes = Math.max(0, Math.round(ms / 60_000));
  if (minutes < 60) return `${minutes} min`;
  const hours = Math.floor(minutes / 60);
  if (hours < 24) return `${hours} h`;
  const days = Math.floor(hours / 24);
  const rest = hours % 24;
  return rest ? `${days} d ${rest} h` : `${days} d`;
}
