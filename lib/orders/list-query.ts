// The staff Orders list's URL state (/staff/orders?status=&currency=&from=&to=&q=&page=): parsed
// leniently so a stale link still shows a list, turned into one Prisma filter shared by the list
// and the CSV export.
import "@/lib/zod-jitless";
import { z } from "zod";
import type { Prisma } from "@/lib/generated/prisma/client";
import { OrderStatus } from "@/lib/generated/prisma/enums";
import { currencies } from "@/lib/core/money";
import { withoutControls } from "@/lib/core/plain-text";

// A day PostgreSQL and JavaScript read alike: a well-formed year 0000 or 100000 is refused by the database.
const day = z.iso
  .date()
  .refine((iso) => iso >= "1970-01-01" && iso < "9999-12-31")
  .optional()
  .catch(undefined);

export const ORDERS_PAGE_SIZE = 50;

export const orderQuerySchema = z.object({
  status: z.enum(OrderStatus).optional().catch(undefined),
  currency: z.enum(currencies).optional().catch(undefined),
  from: day,
  to: day,
  q: z
    .string()
    .trim()
    .max(200)
    .optional()
    .catch(undefined)
    .transform((v) => (v && withoutControls(v).trim()) || undefined),
  page: z.coerce.number().int().min(1).max(100_000).catch(1).default(1),
});
export type OrderQuery = z.infer<typeof orderQuerySchema>;

type RawParams = Record<string, string | string[] | undefined> | URLSearchParams;

export function parseOrderQuery(params: RawParams): OrderQuery {
  const entries = params instanceof URLSearchParams ? [...params.entries()] : Object.entries(params);
  return orderQuerySchema.parse(Object.fromEntries(entries.map(([k, v]) => [k, Array.isArray(v) ? v[0] : v])));
}

const KEYS = ["status", "currency", "from", "to", "q"] as const;

/** The query string for `query` with `change` applied; any change but the page returns to page 1. */
export function orderSearch(query: OrderQuery, change: Partial<OrderQuery> = {}) {
  const next: Partial<OrderQuery> = { ...query, ...("page" in change ? {} : { page: 1 }), ...change };
  const params = new URLSearchParams();
  for (const key of KEYS) if (next[key]) params.set(key, String(next[key]));
  if (next.page && next.page > 1) params.set("page", String(next.page));
  return params.toString();
}

export function ordersHref(query: OrderQuery, change: Partial<OrderQuery> = {}) {
  const search = orderSearch(query, change);
  return search ? `/staff/orders?${search}` : "/staff/orders";
}

const startOf = (date: string) => new Date(`${date}T00:00:00Z`);
const DAY_MS = 86_400_000;

/** The filter for `query`: every search word must appear in the order or PO number, requester or institution. */
export function orderWhere(query: OrderQuery): Prisma.OrderWhereInput {
  const and: Prisma.OrderWhereInput[] = [];
  if (query.status) and.push({ status: query.status });
  if (query.currency) and.push({ currency: query.currency });
  if (query.from) and.push({ createdAt: { gte: startOf(query.from) } });
  if (query.to) and.push({ createdAt: { lt: new Date(startOf(query.to).getTime() + DAY_MS) } });
  for (const term of (query.q ?? "").split(/\s+/).filter(Boolean).slice(0, 8)) {
    const contains = { contains: term, mode: "insensitive" } as const;
    and.push({
      OR: [
        { number: contains },
        { poNumber: contains },
        { inquiry: { reference: contains } },
        { inquiry: { name: contains } },
        { inquiry: { email: contains } },
        { inquiry: { institution: contains } },
      ],
    });
  }
  return and.length ? { AND: and } : {};
}

/** Newest first, the id breaking ties: the list and the export read in the same order. */
export const orderOrderBy: Prisma.OrderOrderByWithRelationInput[] = [{ createdAt: "desc" }, { id: "desc" }];
