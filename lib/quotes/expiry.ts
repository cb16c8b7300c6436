// When a sent quote stops being acceptable, as pages, the inbox filters and the reminder job see it.
// validUntil is a DATE, the last day the quote can be accepted: it lapses at the end of that day, UTC.
import type { Prisma } from "@/lib/generated/prisma/client";
import type { QuoteStatus } from "@/lib/generated/prisma/enums";
import { quoteExpiresAt } from "@/lib/core/quote-terms";

const DAY_MS = 86_400_000;
/** "Expiring soon" on pages and in the inbox filter: a week's notice. */
export const EXPIRING_SOON_DAYS = 7;

export type QuoteDisplayState = "draft" | "sent" | "expiring-soon" | "expired" | "accepted" | "declined" | "superseded";

export const quoteStateLabels: Record<QuoteDisplayState, string> = {
  draft: "Draft",
  sent: "Sent",
  "expiring-soon": "Expiring soon",
  expired: "Expired",
  accepted: "Accepted",
  declined: "Declined",
  superseded: "Superseded",
};

const startOfUtcDay = (date: Date) => new Date(Math.floor(date.getTime() / DAY_MS) * DAY_MS);

/** What a quote shows as at `now`: a SENT quote turns "expiring soon", then "expired", with time alone. */
export function quoteDisplayState(
  quote: { status: QuoteStatus; validUntil: Date },
  now: Date,
  soonDays = EXPIRING_SOON_DAYS,
): QuoteDisplayState {
  switch (quote.status) {
    case "DRAFT":
      return "draft";
    case "SUPERSEDED":
      return "superseded";
    case "ACCEPTED":
      return "accepted";
    case "DECLINED":
      return "declined";
    case "SENT": {
      const left = quoteExpiresAt(quote.validUntil).getTime() - now.getTime();
      if (left <= 0) return "expired";
      return left <= soonDays * DAY_MS ? "expiring-soon" : "sent";
    }
  }
}

// The same rules as Prisma filters on validUntil (a date at midnight UTC). expiresAt <= now + n days
// reads, for a midnight date, validUntil <= the start of the day (now + n - 1 days).
const lastDayLapsingWithin = (now: Date, days: number) => startOfUtcDay(new Date(now.getTime() + (days - 1) * DAY_MS));

/** SENT quotes already past their last day. */
export function expiredQuoteWhere(now: Date): Prisma.QuoteWhereInput {
  return { status: "SENT", validUntil: { lt: startOfUtcDay(now) } };
}

/** SENT quotes still valid that lapse within `days` days of `now`. */
export function lapsingQuoteWhere(now: Date, days: number): Prisma.QuoteWhereInput {
  return { status: "SENT", validUntil: { gte: startOfUtcDay(now), lte: lastDayLapsingWithin(now, days) } };
}

/** SENT quotes still valid at `now` (expiring soon or not). */
export function openQuoteWhere(now: Date): Prisma.QuoteWhereInput {
  return { status: "SENT", validUntil: { gte: startOfUtcDay(now) } };
}
