// The staff inbox's URL state (/staff/inquiries?kind=&status=&assignee=&overdue=&quote=&tag=&from=&to=&q=&sort=&page=):
// parsed leniently so a stale link still shows a list, turned into one Prisma filter shared by the
// list, the per-status counts and the CSV export.
import { z } from "zod";
import type { Prisma } from "@/lib/generated/prisma/client";
import { InquiryStatus } from "@/lib/generated/prisma/enums";
import { withoutControls } from "@/lib/core/plain-text";
import { inquiryKindCodes } from "@/lib/inquiries/kinds";
import { isFinished, statusOrder } from "@/lib/inquiries/status";
import { EXPIRING_SOON_DAYS, expiredQuoteWhere, lapsingQuoteWhere, openQuoteWhere } from "@/lib/quotes/expiry";

/**
 * A date or timestamp PostgreSQL and JavaScript read alike, with a day to spare at the end for "to"
 * (the end of that day): a well-formed year 0000 or 100000 is refused by the database.
 */
export const withinDatabaseRange = (iso: string) => iso >= "1970-01-01" && iso < "9999-12-31";

const day = z.iso.date().refine(withinDatabaseRange).optional().catch(undefined);

export const quoteFilters = {
  sent: "Quote sent, awaiting answer",
  expiring: `Quote expiring within ${EXPIRING_SOON_DAYS} days`,
  expired: "Quote expired",
  accepted: "Quote accepted",
  declined: "Quote declined",
} as const;
export type QuoteFilter = keyof typeof quoteFilters;

export const inboxSorts = { newest: "Newest first", oldest: "Oldest first", due: "Response due", updated: "Recently updated" } as const;
export type InboxSort = keyof typeof inboxSorts;

export const inboxQuerySchema = z.object({
  kind: z.enum(inquiryKindCodes).optional().catch(undefined),
  status: z.enum(InquiryStatus).optional().catch(undefined),
  // "mine", "unassigned" or a staff member's id.
  assignee: z
    .string()
    .trim()
    .regex(/^[a-z0-9]{1,40}$/i)
    .optional()
    .catch(undefined),
  overdue: z.enum(["1"]).optional().catch(undefined),
  quote: z
    .enum(Object.keys(quoteFilters) as [QuoteFilter, ...QuoteFilter[]])
    .optional()
    .catch(undefined),
  // A tag's id.
  tag: z
    .string()
    .trim()
    .regex(/^[a-z0-9]{1,40}$/i)
    .optional()
    .catch(undefined),
  from: day,
  to: day,
  q: z
    .string()
    .trim()
    .max(200)
    .optional()
    .catch(undefined)
    .transform((v) => (v && withoutControls(v).trim()) || undefined),
  sort: z
    .enum(Object.keys(inboxSorts) as [InboxSort, ...InboxSort[]])
    .catch("newest")
    .default("newest"),
  page: z.coerce.number().int().min(1).max(100_000).catch(1).default(1),
});
export type InboxQuery = z.infer<typeof inboxQuerySchema>;

type RawParams = Record<string, string | string[] | undefined> | URLSearchParams;

export function parseInboxQuery(params: RawParams): InboxQuery {
  const entries = params instanceof URLSearchParams ? [...params.entries()] : Object.entries(params);
  const first = Object.fromEntries(entries.map(([k, v]) => [k, Array.isArray(v) ? v[0] : v]));
  return inboxQuerySchema.parse(first);
}

const KEYS = ["kind", "status", "assignee", "overdue", "quote", "tag", "from", "to", "q", "sort"] as const;

/** The query string for `query` with `change` applied; any change but the page returns to page 1. */
export function inboxSearch(query: InboxQuery, change: Partial<InboxQuery> = {}) {
  const next: Partial<InboxQuery> = { ...query, ...("page" in change ? {} : { page: 1 }), ...change };
  const params = new URLSearchParams();
  for (const key of KEYS) {
    const value = next[key];
    if (value && !(key === "sort" && value === "newest")) params.set(key, String(value));
  }
  if (next.page && next.page > 1) params.set("page", String(next.page));
  return params.toString();
}

export function inboxHref(query: InboxQuery, change: Partial<InboxQuery> = {}) {
  const search = inboxSearch(query, change);
  return search ? `/staff/inquiries?${search}` : "/staff/inquiries";
}

/**
 * An inquiry's quote state is its latest revision's: sending a revision supersedes the one before,
 * so the live one is the quote not superseded. Should an inquiry hold several live quotes, an
 * acceptance outranks an open quote, and an open quote a declined one.
 */
function quoteWhere(filter: QuoteFilter, now: Date): Prisma.InquiryWhereInput {
  const notAccepted: Prisma.InquiryWhereInput = { quotes: { none: { status: "ACCEPTED" } } };
  switch (filter) {
    case "accepted":
      return { quotes: { some: { status: "ACCEPTED" } } };
    case "declined":
      return { quotes: { some: { status: "DECLINED" }, none: { status: { in: ["SENT", "ACCEPTED"] } } } };
    case "sent":
      return { AND: [{ quotes: { some: openQuoteWhere(now) } }, notAccepted] };
    case "expiring":
      return { AND: [{ quotes: { some: lapsingQuoteWhere(now, EXPIRING_SOON_DAYS) } }, notAccepted] };
    case "expired":
      return {
        AND: [{ quotes: { some: expiredQuoteWhere(now) } }, { quotes: { none: { OR: [{ status: "ACCEPTED" }, openQuoteWhere(now)] } } }],
      };
  }
}

const endOfDay = (date: string) => new Date(new Date(`${date}T00:00:00Z`).getTime() + 86_400_000);

/**
 * The filter for `query` as seen by staff member `viewerId`. Spam is hidden unless asked for by
 * status. `withStatus: false` leaves the status out, for the per-status counts.
 */
export function inboxWhere(query: InboxQuery, viewerId: string, { withStatus = true, now = new Date() } = {}): Prisma.InquiryWhereInput {
  const and: Prisma.InquiryWhereInput[] = [];
  if (query.kind) and.push({ kind: query.kind });
  if (withStatus && query.status) and.push({ status: query.status });
  else if (query.status !== "SPAM") and.push({ status: { not: "SPAM" } });
  if (query.assignee === "mine") and.push({ assigneeId: viewerId });
  else if (query.assignee === "unassigned") and.push({ assigneeId: null });
  else if (query.assignee) and.push({ assigneeId: query.assignee });
  if (query.overdue) {
    and.push({ firstResponseAt: null, firstResponseDueAt: { lt: now }, status: { in: statusOrder.filter((s) => !isFinished(s)) } });
  }
  if (query.quote) and.push(quoteWhere(query.quote, now));
  if (query.tag) and.push({ tags: { some: { tagId: query.tag } } });
  if (query.from) and.push({ createdAt: { gte: new Date(`${query.from}T00:00:00Z`) } });
  if (query.to) and.push({ createdAt: { lt: endOfDay(query.to) } });
  // Every word must appear somewhere in the reference, requester, institution, answers or mail text.
  for (const term of (query.q ?? "").toLowerCase().split(/\s+/).filter(Boolean).slice(0, 8)) {
    and.push({ searchText: { contains: term } });
  }
  return and.length ? { AND: and } : {};
}

export function inboxOrderBy(sort: InboxSort): Prisma.InquiryOrderByWithRelationInput[] {
  switch (sort) {
    case "oldest":
      return [{ createdAt: "asc" }, { id: "asc" }];
    case "due":
      return [{ firstResponseDueAt: "asc" }, { id: "asc" }];
    case "updated":
      return [{ updatedAt: "desc" }, { id: "desc" }];
    default:
      return [{ createdAt: "desc" }, { id: "desc" }];
  }
}
