// Staff withdraw every private link to one inquiry (a forwarded email, a requester who left): each
// link stops opening the page, and every session started from one ends on its next request.
import "server-only";
import { db } from "@/lib/db";
import { recordAudit } from "@/lib/core/audit";
import { DomainError } from "@/lib/core/domain-error";

export async function countLiveLinks(inquiryId: string, now = new Date()) {
  return db.requesterLink.count({ where: { inquiryId, revokedAt: null, expiresAt: { gt: now } } });
}

export async function revokeInquiryLinks({ inquiryId, actor, now = new Date() }: { inquiryId: string; actor: { id: string }; now?: Date }) {
  return db.$transaction(async (tx) => {
    const inquiry = await tx.inquiry.findUnique({ where: { id: inquiryId }, select: { id: true } });
    if (!inquiry) throw new DomainError("not-found", "This inquiry no longer exists.");
    const { count } = await tx.requesterLink.updateMany({ where: { inquiryId, revokedAt: null }, data: { revokedAt: now } });
    await recordAudit(tx, { actorId: actor.id, inquiryId, action: "requester-links.revoke", after: { revoked: count } });
    return count;
  });
}
