import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { InquiryKind } from "@/lib/generated/prisma/enums";
import { inquiryKinds } from "@/lib/inquiries/kinds";
import { openStatuses } from "@/lib/inquiries/status";

export const DASHBOARD_WEEKS = 12;
export const OVERDUE_LIST_LIMIT = 20;

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
