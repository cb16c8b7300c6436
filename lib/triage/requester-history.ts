import "server-only";
import { db } from "@/lib/db";

export const HISTORY_LIMIT = 10;

/**
 * The requester's other inquiries and their orders: same email or same institution, both ignoring
 * case, newest first, at most `limit` of each; `more` says whether older ones were left out.
 */
export async function requesterHistory(
  inquiry: { id: string; email: string; institution: string },
  { limit = HISTORY_LIMIT }: { limit?: number } = {},
) {
  const institution = inquiry.institution.trim();
  const sameRequester = {
    id: { not: inquiry.id },
    OR: [
      { email: { equals: inquiry.email, mode: "insensitive" as const } },
      ...(institution ? [{ institution: { equals: institution, mode: "insensitive" as const } }] : []),
    ],
  };
  const [inquiries, orders] = await Promise.all([
    db.inquiry.findMany({
      where: sameRequester,
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      take: limit + 1,
      select: { id: true, reference: true, kind: true, status: true, name: true, email: true, institution: true, createdAt: true },
    }),
    db.order.findMany({
      where: { inquiry: sameRequester },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      take: limit + 1,
      select: {
        id: true,
        number: true,
        status: true,
        currency: true,
        totalMinor: true,
        createdAt: true,
        inquiry: { select: { reference: true } },
      },
    }),
  ]);
  return {
    inquiries: inquiries.slice(0, limit).map((i) => ({ ...i, sameEmail: i.email.toLowerCase() === inquiry.email.toLowerCase() })),
    moreInquiries: inquiries.length > limit,
    orders: orders.slice(0, limit),
    moreOrders: orders.length > limit,
  };
}
