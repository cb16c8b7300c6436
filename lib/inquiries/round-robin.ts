import "server-only";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { InquiryKind } from "@/lib/generated/prisma/enums";

/**
 * Take the next active staff member who is in the round robin for `kind`, and move them to the back
 * of the queue: whoever was assigned automatically longest ago (never assigned comes first), ties
 * broken by id so the order is stable. The database function (migration
 * claim_auto_assignee_function) serialises the claims of one kind, so concurrent submissions each
 * get the next person in order.
 */
export async function claimAutoAssignee(kind: InquiryKind): Promise<string | undefined> {
  const [row] = await db.$queryRaw<[{ id: string | null }]>`SELECT ${claimAutoAssigneeSql(kind)} AS id`;
  return row.id ?? undefined;
}

/** The claim as an SQL expression, for a statement that does more (`createInquiry` numbers the inquiry in the same one). */
export const claimAutoAssigneeSql = (kind: InquiryKind) => Prisma.sql`claim_auto_assignee(${kind}::"InquiryKind")`;
