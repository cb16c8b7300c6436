import "server-only";
import { db } from "@/lib/db";
import type { InquiryStatus } from "@/lib/generated/prisma/enums";
import { inboxOrderBy, inboxWhere, type InboxQuery } from "@/lib/triage/inbox-query";
import { statusOrder } from "@/lib/inquiries/status";

export const INBOX_PAGE_SIZE = 25;

/** One page of the staff inbox, the total it is part of, and how many match each status. */
export async function listInbox(query: InboxQuery, viewerId: string, now = new Date()) {
  const where = inboxWhere(query, viewerId, { now });
  const [rows, total, byStatus] = await Promise.all([
    db.inquiry.findMany({
      where,
      orderBy: inboxOrderBy(query.sort),
      skip: (query.page - 1) * INBOX_PAGE_SIZE,
      take: INBOX_PAGE_SIZE,
      select: {
        id: true,
        reference: true,
        kind: true,
        status: true,
        name: true,
        email: true,
        institution: true,
        country: true,
        createdAt: true,
        firstResponseDueAt: true,
        firstResponseAt: true,
        controlledScaffolds: true,
        assignee: { select: { id: true, name: true } },
        items: { select: { catalogNumber: true, productName: true }, orderBy: { position: "asc" }, take: 3 },
        _count: { select: { items: true } },
        tags: { select: { tag: { select: { id: true, name: true, colour: true } } }, orderBy: { tag: { name: "asc" } }, take: 10 },
      },
    }),
    db.inquiry.count({ where }),
    // The counts ignore the status filter (they are the status tabs) but honour every other one.
    db.inquiry.groupBy({ by: ["status"], where: inboxWhere({ ...query, status: undefined }, viewerId, { now }), _count: { _all: true } }),
  ]);
  const counts = Object.fromEntries(statusOrder.map((s) => [s, 0])) as Record<InquiryStatus, number>;
  for (const group of byStatus) counts[group.status] = group._count._all;
  // The counts' filter hides spam like the unfiltered inbox does, so spam is counted on its own for its tab.
  counts.SPAM = await db.inquiry.count({ where: inboxWhere({ ...query, status: "SPAM" }, viewerId, { now }) });
  // The "Controlled" flag: the page's inquiries that name a product with a legal control (one query).
  const controlled = new Set(
    (
      await db.inquiryItem.findMany({
        where: { inquiryId: { in: rows.map((r) => r.id) }, product: { controls: { some: {} } } },
        select: { inquiryId: true },
        distinct: ["inquiryId"],
      })
    ).map((i) => i.inquiryId),
  );
  return {
    rows: rows.map((row) => ({ ...row, controlled: controlled.has(row.id) })),
    total,
    counts,
    pages: Math.max(1, Math.ceil(total / INBOX_PAGE_SIZE)),
  };
}

export type InboxRow = Awaited<ReturnType<typeof listInbox>>["rows"][number];
