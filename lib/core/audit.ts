import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";

type Tx = Pick<typeof db, "auditLog">;
export type AuditEntry = {
  actorId: string | null;
  inquiryId?: string | null;
  action: string;
  before?: Prisma.InputJsonValue;
  after?: Prisma.InputJsonValue;
};

/** Record a staff (or system, actorId null) action; pass the transaction that made the change. */
export async function recordAudit(tx: Tx, entry: AuditEntry) {
  await tx.auditLog.create({
    data: { actorId: entry.actorId, inquiryId: entry.inquiryId ?? null, action: entry.action, before: entry.before, after: entry.after },
  });
}

/** Newest first, for the admin view; `inquiryId` narrows it to one inquiry. */
export async function listAuditLog({ inquiryId, limit = 100, before }: { inquiryId?: string; limit?: number; before?: Date } = {}) {
  return db.auditLog.findMany({
    where: { inquiryId, createdAt: before ? { lt: before } : undefined },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: limit,
    include: { actor: { select: { name: true, email: true } }, inquiry: { select: { reference: true } } },
  });
}
