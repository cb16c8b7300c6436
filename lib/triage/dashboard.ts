import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { InquiryKind } from "@/lib/generated/prisma/enums";
import { currencies, type Currency } from "@/lib/core/money";
import { inquiryKinds } from "@/lib/inquiries/kinds";
import { openStatuses } from "@/lib/inquiries/status";

export const DASHBOARD_WEEKS = 12;
export const OVERDUE_LIST_LIMIT = 20;
export const QUOTE_MONTHS = 12;

const DAY_MS = 86_400_000;
const WEEK_MS = 7 * DAY_MS;
const kinds = Object.keys(inquiryKinds) as InquiryKind[];

// --- Pure helpers -----------------------------------------------------------------------------

/** Midnight UTC at the start of `date`'s day. */
export function startOfUtcDay(date: Date): Date {
  return new Date(Math.floor(date.getTime() / DAY_MS) * DAY_MS);
}

/** Monday 00:00 UTC of the ISO week `date` falls in. */
export function isoWeekStart(date: Date): Date {
  const day = startOfUtcDay(date);
  const daysSinceMonday = (day.getUTCDay() + 6) % 7;
  return new Date(day.getTime() - daysSinceMonday * DAY_MS);
}

/** The Mondays (YYYY-MM-DD) of the `count` ISO weeks up to and including the current one, oldest first. */
export function recentWeeks(now: Date, count = DASHBOARD_WEEKS): string[] {
  const current = isoWeekStart(now).getTime();
  return Array.from({ length: count }, (_, i) => new Date(current - (count - 1 - i) * WEEK_MS).toISOString().slice(0, 10));
}

export type KindWeekValue<V> = { kind: InquiryKind; week: string; value: V };
export type WeekValues<V> = { week: string; values: Record<InquiryKind, V> };

/**
 * One row per week of `weeks` with a value for every kind. SQL returns no row for a kind in a week
 * without any, so those read as `missing` (0 for counts, null for a median of nothing); rows
 * outside `weeks` are dropped.
 */
export function byWeekAndKind<V>(weeks: string[], rows: KindWeekValue<V>[], missing: V): WeekValues<V>[] {
  const grid = new Map(weeks.map((week) => [week, Object.fromEntries(kinds.map((kind) => [kind, missing])) as Record<InquiryKind, V>]));
  for (const row of rows) {
    const values = grid.get(row.week);
    if (values) values[row.kind] = row.value;
  }
  return [...grid].map(([week, values]) => ({ week, values }));
}

/** The first days (YYYY-MM) of the `count` calendar months up to and including `now`'s, oldest first (UTC). */
export function recentMonths(now: Date, count = QUOTE_MONTHS): string[] {
  const year = now.getUTCFullYear();
  const month = now.getUTCMonth();
  return Array.from({ length: count }, (_, i) => new Date(Date.UTC(year, month - (count - 1 - i), 1)).toISOString().slice(0, 7));
}

/** One quote (all revisions of one number) that was sent: the latest sent revision's currency and total. */
export type SentQuote = {
  inquiryId: string;
  kind: InquiryKind;
  requestedAt: Date;
  firstSentAt: Date;
  currency: Currency;
  totalMinor: number;
  outcome: "ACCEPTED" | "DECLINED" | null;
};

type PerCurrency = Record<Currency, number>;
const noMoney = (): PerCurrency => Object.fromEntries(currencies.map((c) => [c, 0])) as PerCurrency;

export type QuoteMonth = {
  month: string;
  sent: number;
  accepted: number;
  declined: number;
  /** accepted / sent; null for a month without quotes. */
  conversion: number | null;
  sentValue: PerCurrency;
  acceptedValue: PerCurrency;
};

function median(values: number[]): number | null {
  if (!values.length) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/**
 * The quote figures by the month each quote was first sent: a cohort, so a month's acceptances are
 * of that month's quotes and the conversion rate (accepted / sent) never passes 100%; a recent
 * month's rate rises as answers come in. Values are summed per currency, never converted. The time
 * to quote runs from the request to its first quote sent, per kind, as a median over the months.
 */
export function summariseQuotes(months: string[], quotes: SentQuote[]) {
  const rows = new Map<string, QuoteMonth>(
    months.map((month) => [
      month,
      { month, sent: 0, accepted: 0, declined: 0, conversion: null, sentValue: noMoney(), acceptedValue: noMoney() },
    ]),
  );
  const total: QuoteMonth = {
    month: "total",
    sent: 0,
    accepted: 0,
    declined: 0,
    conversion: null,
    sentValue: noMoney(),
    acceptedValue: noMoney(),
  };
  const firstQuote = new Map<string, { kind: InquiryKind; hours: number }>();
  for (const quote of quotes) {
    const row = rows.get(quote.firstSentAt.toISOString().slice(0, 7));
    if (!row) continue;
    for (const r of [row, total]) {
      r.sent++;
      r.sentValue[quote.currency] += quote.totalMinor;
      if (quote.outcome === "ACCEPTED") {
        r.accepted++;
        r.acceptedValue[quote.currency] += quote.totalMinor;
      } else if (quote.outcome === "DECLINED") r.declined++;
    }
    const hours = (quote.firstSentAt.getTime() - quote.requestedAt.getTime()) / 3_600_000;
    const earlier = firstQuote.get(quote.inquiryId);
    if (!earlier || hours < earlier.hours) firstQuote.set(quote.inquiryId, { kind: quote.kind, hours });
  }
  for (const r of [...rows.values(), total]) r.conversion = r.sent ? r.accepted / r.sent : null;
  const medianHoursToQuote = Object.fromEntries(
    kinds.map((kind) => {
      const hours = [...firstQuote.values()].filter((q) => q.kind === kind).map((q) => q.hours);
      return [kind, { inquiries: hours.length, hours: median(hours) }];
    }),
  ) as Record<InquiryKind, { inquiries: number; hours: number | null }>;
  return { months: [...rows.values()], total, medianHoursToQuote };
}

// --- Queries ----------------------------------------------------------------------------------

// The bounds are passed as UTC wall-clock text cast to timestamp, the type Prisma stores DateTime
// as, so the comparison does not depend on the database session's time zone.
const utc = (date: Date) => date.toISOString().replace("T", " ").replace("Z", "");

/** Inquiries received per kind and ISO week (spam left out). */
function countReceived(since: Date, until: Date) {
  return db.$queryRaw<KindWeekValue<number>[]>`
    SELECT kind::text AS kind, to_char(date_trunc('week', "createdAt"), 'YYYY-MM-DD') AS week, count(*)::int AS value
      FROM "Inquiry"
     WHERE "createdAt" >= ${utc(since)}::timestamp AND "createdAt" < ${utc(until)}::timestamp AND status <> 'SPAM'
     GROUP BY 1, 2`;
}

/**
 * Median hours from receipt to first reply per kind, by the week of the reply: grouping by the
 * week received would make the current week look fast, as only its quickly answered inquiries
 * have a reply yet.
 */
function medianFirstResponseHours(since: Date, until: Date) {
  return db.$queryRaw<KindWeekValue<number>[]>`
    SELECT kind::text AS kind, to_char(date_trunc('week', "firstResponseAt"), 'YYYY-MM-DD') AS week,
           (EXTRACT(EPOCH FROM percentile_cont(0.5) WITHIN GROUP (ORDER BY "firstResponseAt" - "createdAt")) / 3600)::float8 AS value
      FROM "Inquiry"
     WHERE "firstResponseAt" >= ${utc(since)}::timestamp AND "firstResponseAt" < ${utc(until)}::timestamp AND status <> 'SPAM'
     GROUP BY 1, 2`;
}

/**
 * Each quote number first sent in [since, until), spam left out: drafts are not counted, and a
 * revision counts with its quote, so a revised quote is one quote sent.
 */
async function sentQuotes(since: Date, until: Date): Promise<SentQuote[]> {
  const rows = await db.$queryRaw<(Omit<SentQuote, "outcome"> & { accepted: boolean; declined: boolean })[]>`
    SELECT q."inquiryId", i.kind::text AS kind, i."createdAt" AS "requestedAt", min(q."sentAt") AS "firstSentAt",
           (array_agg(q.currency::text ORDER BY q.revision DESC))[1] AS currency,
           (array_agg(q."totalMinor" ORDER BY q.revision DESC))[1]::int AS "totalMinor",
           bool_or(q.status = 'ACCEPTED') AS accepted, bool_or(q.status = 'DECLINED') AS declined
      FROM "Quote" q JOIN "Inquiry" i ON i.id = q."inquiryId"
     WHERE q."sentAt" IS NOT NULL AND i.status <> 'SPAM'
     GROUP BY q.number, q."inquiryId", i.kind, i."createdAt"
    HAVING min(q."sentAt") >= ${utc(since)}::timestamp AND min(q."sentAt") < ${utc(until)}::timestamp`;
  return rows.map(({ accepted, declined, ...row }) => ({ ...row, outcome: accepted ? "ACCEPTED" : declined ? "DECLINED" : null }));
}

/** Quotes sent, accepted and declined per month of the last QUOTE_MONTHS, with values and time to quote. */
export async function getQuoteFigures({ now = new Date() }: { now?: Date } = {}) {
  const months = recentMonths(now);
  return summariseQuotes(months, await sentQuotes(new Date(`${months[0]}-01T00:00:00Z`), now));
}

export type QuoteFigures = Awaited<ReturnType<typeof getQuoteFigures>>;

/** The inbox's "overdue" filter: open, not yet answered, past its first-response target. */
const overdueWhere = (now: Date): Prisma.InquiryWhereInput => ({
  status: { in: openStatuses },
  firstResponseAt: null,
  firstResponseDueAt: { lt: now },
});

/**
 * Everything the staff dashboard shows, as of `now`: the last 12 weeks' intake and median
 * first-response time per kind, the open inquiries by status, the overdue ones due longest ago,
 * and the counts behind the stat tiles. "New today" is a UTC day, as the inbox's date filter is.
 */
export async function getDashboard({ now = new Date() }: { now?: Date } = {}) {
  const weeks = recentWeeks(now);
  const since = new Date(`${weeks[0]}T00:00:00Z`);
  const today = startOfUtcDay(now);
  const [received, medians, byStatus, unassigned, overdueCount, overdue, newToday] = await Promise.all([
    countReceived(since, now),
    medianFirstResponseHours(since, now),
    db.inquiry.groupBy({ by: ["status"], where: { status: { in: openStatuses } }, _count: { _all: true } }),
    db.inquiry.count({ where: { status: { in: openStatuses }, assigneeId: null } }),
    db.inquiry.count({ where: overdueWhere(now) }),
    db.inquiry.findMany({
      where: overdueWhere(now),
      orderBy: [{ firstResponseDueAt: "asc" }, { id: "asc" }],
      take: OVERDUE_LIST_LIMIT,
      select: {
        reference: true,
        kind: true,
        name: true,
        institution: true,
        firstResponseDueAt: true,
        assignee: { select: { name: true } },
      },
    }),
    db.inquiry.count({ where: { status: "NEW", createdAt: { gte: today, lt: new Date(today.getTime() + DAY_MS) } } }),
  ]);
  const openByStatus = openStatuses.map((status) => ({ status, count: byStatus.find((g) => g.status === status)?._count._all ?? 0 }));
  return {
    today,
    receivedPerWeek: byWeekAndKind(weeks, received, 0),
    medianHoursPerWeek: byWeekAndKind<number | null>(weeks, medians, null),
    openByStatus,
    overdue,
    totals: { open: openByStatus.reduce((sum, s) => sum + s.count, 0), unassigned, overdue: overdueCount, newToday },
  };
}

export type Dashboard = Awaited<ReturnType<typeof getDashboard>>;
