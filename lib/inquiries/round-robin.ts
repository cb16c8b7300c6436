import "server-only";
import { db } from "@/lib/db";
import type { InquiryKind } from "@/lib/generated/prisma/enums";

/**
 * Take the next active staff member who is in the round robin for `kind`, and move them to the back
 * of the queue: whoever was assigned automatically longest ago (never assigned comes first), ties
 * broken by id so the order is stable. The database function (migration
 * claim_auto_assignee_function) serialises the claims of one kind, so concurrent submissions each
 * get the next person in order. `createInquiry` calls it in the statement that numbers the inquiry.
 */
export async function claimAutoAssignee(kind: InquiryKind): Promise<string | undefined> {
  const [row] = await db.$queryRaw<[{ id: string | null }]>`SELECT claim_auto_assignee(${kind}::"InquiryKind") AS id`;
  return row.id ?? undefined;
}
