// What the requester writes on their page joins the conversation as inbound mail does: an INBOUND
// message (matchedBy "requester-page") with its files, the inbox search text grows by it, the audit
// log records it, and a finished inquiry is reopened for someone to look at.
import "server-only";
import { randomUUID } from "node:crypto";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { InquiryKind, InquiryStatus } from "@/lib/generated/prisma/enums";
import { recordAudit } from "@/lib/core/audit";
import { DomainError } from "@/lib/core/domain-error";
import { staffInboxes } from "@/lib/inquiries/create-inquiry";
import { searchTextFor } from "@/lib/inquiries/search-text";
import { messageIdFor } from "@/lib/mail/addresses";
import type { CheckedFile } from "@/lib/requesters/files";

export const MATCHED_BY_PAGE = "requester-page";

const REOPENED = new Set<InquiryStatus>(["CLOSED", "WON", "LOST"]);

type Tx = Prisma.TransactionClient;
export type OwnInquiry = { id: string; reference: string; kind: InquiryKind; status: InquiryStatus; email: string };

/** Store one message from the requester's page, in the caller's transaction. */
export async function recordPageMessage(
  tx: Tx,
  {
    inquiry,
    text,
    files = [],
    reopen = true,
    now = new Date(),
  }: { inquiry: OwnInquiry; text: string; files?: CheckedFile[]; reopen?: boolean; now?: Date },
) {
  const messageId = messageIdFor("requester", randomUUID());
  const subject = `[${inquiry.reference}] Message from the request page`;
  const stored = await tx.inquiryMessage.create({
    data: {
      inquiryId: inquiry.id,
      direction: "INBOUND",
      fromAddress: inquiry.email.toLowerCase(),
      toAddress: staffInboxes[inquiry.kind],
      subject,
      text,
      messageId,
      matchedBy: MATCHED_BY_PAGE,
      createdAt: now,
      attachments: { create: files },
    },
    select: { id: true, attachments: { select: { id: true } } },
  });
  await tx.$executeRaw`
    UPDATE "Inquiry" SET "searchText" = LEFT("searchText" || ' ' || ${searchTextFor([subject, text, ...files.map((f) => f.filename)])}, 200000)
    WHERE id = ${inquiry.id}`;
  await recordAudit(tx, { actorId: null, inquiryId: inquiry.id, action: "inbound-mail", after: { messageId, matchedBy: MATCHED_BY_PAGE } });
  if (reopen && REOPENED.has(inquiry.status)) {
    const { count } = await tx.inquiry.updateMany({
      where: { id: inquiry.id, status: inquiry.status },
      data: { status: "IN_REVIEW", closedAt: null },
    });
    if (count === 1)
      await recordAudit(tx, {
        actorId: null,
        inquiryId: inquiry.id,
        action: "status",
        before: { status: inquiry.status },
        after: { status: "IN_REVIEW" },
      });
  }
  return { id: stored.id, attachmentIds: stored.attachments.map((a) => a.id) };
}

/** A question or files from the page (the action has checked the session and the files). */
export async function postPageMessage({
  inquiry,
  text,
  files,
  now = new Date(),
}: {
  inquiry: OwnInquiry;
  text: string;
  files: CheckedFile[];
  now?: Date;
}) {
  if (!text && files.length === 0)
    throw new DomainError("invalid", "Write a message or choose a file.", { body: "Write a message or choose a file" });
  if (inquiry.status === "SPAM") throw new DomainError("not-allowed", "We cannot take messages on this request. Please email us.");
  return db.$transaction((tx) => recordPageMessage(tx, { inquiry, text: text || "(files attached)", files, now }), {
    maxWait: 15_000,
    timeout: 30_000,
  });
}
