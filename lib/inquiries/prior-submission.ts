import "server-only";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";

/**
 * What the submission path needs to know before it counts a submission, in one round trip: the
 * inquiry already stored under this idempotency key (a retry or a resubmission) and whether it was
 * acknowledged, and whether staff blocked this sender (they marked an earlier inquiry as spam).
 */
export async function findPriorSubmission({ idempotencyKey, email }: { idempotencyKey: string; email: string }) {
  const [row] = await db.$queryRaw<[{ reference: string | null; acknowledged: boolean; blocked: boolean }]>(Prisma.sql`
    SELECT i.reference,
           EXISTS (SELECT 1 FROM "OutboxMessage" m WHERE m."inquiryId" = i.id AND m.template = 'inquiry-ack') AS acknowledged,
           EXISTS (SELECT 1 FROM "BlockedSender" b WHERE b.email = ${email.trim().toLowerCase()}) AS blocked
      FROM (SELECT 1) AS one LEFT JOIN "Inquiry" i ON i."idempotencyKey" = ${idempotencyKey}`);
  return {
    stored: row.reference === null ? null : { reference: row.reference, acknowledged: row.acknowledged },
    blocked: row.blocked,
  };
}
