// Reading orders for staff: the list, one order, and the orders of one inquiry.
import "server-only";
import { db } from "@/lib/db";
import { ORDERS_PAGE_SIZE, orderOrderBy, orderWhere, type OrderQuery } from "@/lib/orders/list-query";

export async function listOrders(query: OrderQuery) {
  const where = orderWhere(query);
  const [rows, total] = await Promise.all([
    db.order.findMany({
      where,
      orderBy: orderOrderBy,
      skip: (query.page - 1) * ORDERS_PAGE_SIZE,
      take: ORDERS_PAGE_SIZE,
      select: {
        id: true,
        number: true,
        status: true,
        currency: true,
        totalMinor: true,
        poNumber: true,
        createdAt: true,
        trackingNumber: true,
        inquiry: { select: { reference: true, name: true, institution: true } },
      },
    }),
    db.order.count({ where }),
  ]);
  return { rows, total, pages: Math.max(1, Math.ceil(total / ORDERS_PAGE_SIZE)) };
}

export type OrderRow = Awaited<ReturnType<typeof listOrders>>["rows"][number];

export function getOrder(number: string) {
  return db.order.findUnique({
    where: { number },
    include: {
      inquiry: { select: { id: true, reference: true, kind: true, name: true, email: true, institution: true, country: true } },
      quote: { select: { number: true, revision: true, acceptedAt: true } },
    },
  });
}

export function ordersOfInquiry(inquiryId: string) {
  return db.order.findMany({
    where: { inquiryId },
    orderBy: orderOrderBy,
    select: { number: true, status: true, currency: true, totalMinor: true, createdAt: true },
  });
}
