import "server-only";
import { db } from "@/lib/db";
import type { InquiryKind } from "@/lib/generated/prisma/enums";

/**
 * Take the next active staff member who is in the round robin for `kind`, and move them to the back
 * of the queue: whoever was assigned automatically longest ago (never assigned comes first), ties
 * broken by id so the order is stable. Claims of one kind are serialised by a transaction-scoped
 * advisory lock, and the turn is stamped with the database's clock_timestamp(), so concurrent
 * submissions each get the next person in order (row locks alone would let a waiting claim pick the
 * member just taken).
 */
export async function claimAutoAssignee(kind: InquiryKind): Promise<string | undefined> {
  return db.$transaction(async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('round-robin'), hashtext(${kind}))`;
    const rows = await tx.$queryRaw<{ id: string }[]>`
      UPDATE "StaffMember" SET "lastAutoAssignedAt" = clock_timestamp()
       WHERE id = (
         SELECT id FROM "StaffMember"
          WHERE active AND ${kind}::"InquiryKind" = ANY("autoAssignKinds")
          ORDER BY "lastAutoAssignedAt" ASC NULLS FIRST, id ASC
          LIMIT 1)
      RETURNING id`;
    return rows[0]?.id;
  });
}
