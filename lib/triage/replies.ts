import "server-only";
import { randomUUID } from "node:crypto";
import { db } from "@/lib/db";
import type { InquiryStatus } from "@/lib/generated/prisma/enums";
import { messageIdFor } from "@/lib/mail/addresses";
import { wakeOutboxWorker } from "@/lib/mail/worker";
import { recordAudit } from "@/lib/core/audit";
import { fillTemplate, placeholdersIn, unfilledMessage, unfilledPlaceholders } from "@/lib/triage/canned-reply-template";
import { canTransition, statusLabels } from "@/lib/inquiries/status";
import { DomainError } from "@/lib/core/domain-error";
import { closedAtFor } from "@/lib/triage/workflow";
import { replySubject, storeMessageToRequester, threadHeaders } from "@/lib/inquiries/reply-thread";
import { newRequesterToken, requesterPageUrl, storeRequesterLink } from "@/lib/requesters/links";
import { cleanFilename, replyAttachmentProblem, replyAttachmentType } from "@/lib/triage/reply-attachments";

/** A file attached to a reply, as read from the form. */
export type ReplyAttachment = { filename: string; content: Uint8Array };

export { replySubject, threadHeaders };

/**
 * Queue a reply to the requester through the outbox, record it in the conversation, stamp the first
 * response time, and optionally move the status on, all in one transaction.
 */
export async function sendReply({
  inquiryId,
  body,
  thenStatus,
  sendAsWritten = false,
  attachments = [],
  actor,
  now = new Date(),
}: {
  inquiryId: string;
  body: string;
  /** Sent with the email and kept on the conversation, in this order. */
  attachments?: ReplyAttachment[];
  thenStatus?: InquiryStatus;
  /** The sender confirmed that placeholders left from a canned reply are meant to be sent. */
  sendAsWritten?: boolean;
  actor: { id: string; name: string };
  now?: Date;
}) {
  const fileProblem = replyAttachmentProblem(attachments.map((a) => ({ name: a.filename, size: a.content.length })));
  if (fileProblem) throw new DomainError("invalid", fileProblem, { attachments: fileProblem });
  const files = attachments.map((a) => {
    const filename = cleanFilename(a.filename);
    return { filename, contentType: replyAttachmentType(filename)!, content: Buffer.from(a.content) };
  });

  const inquiry = await db.inquiry.findUnique({
    where: { id: inquiryId },
    select: {
      id: true,
      reference: true,
      kind: true,
      status: true,
      email: true,
      firstResponseAt: true,
      conversation: { orderBy: { createdAt: "asc" }, select: { messageId: true } },
    },
  });
  if (!inquiry) throw new DomainError("not-found", "This inquiry no longer exists.");
  if (inquiry.status === "SPAM")
    throw new DomainError("not-allowed", "This inquiry is marked as spam: mark it as not spam before replying.");
  if (thenStatus && thenStatus !== inquiry.status && !canTransition(inquiry.status, thenStatus)) {
    throw new DomainError(
      "not-allowed",
      `An inquiry that is ${statusLabels[inquiry.status].toLowerCase()} cannot be moved to ${statusLabels[thenStatus].toLowerCase()}.`,
    );
  }

  if (!sendAsWritten) {
    const unfilled = unfilledPlaceholders(body, await cannedPlaceholders());
    if (unfilled.length)
      throw new DomainError("invalid", "The reply still holds placeholder text from a canned reply.", {
        sendAsWritten: unfilledMessage(unfilled),
      });
  }

  const link = newRequesterToken();
  const messageId = messageIdFor("reply", randomUUID());

  await db.$transaction(async (tx) => {
    await storeMessageToRequester(tx, {
      inquiry,
      authorId: actor.id,
      template: "staff-reply",
      props: { reference: inquiry.reference, body, staffName: actor.name, pageUrl: requesterPageUrl(inquiry.reference, link.token) },
      messageId,
      conversationText: body,
      files,
      filesInConversation: true,
      now,
    });
    await storeRequesterLink(tx, { inquiryId, email: inquiry.email, tokenHash: link.tokenHash, now });
    const moveTo = thenStatus && thenStatus !== inquiry.status ? thenStatus : undefined;
    const { count } = await tx.inquiry.updateMany({
      where: { id: inquiryId, status: inquiry.status },
      data: {
        firstResponseAt: inquiry.firstResponseAt ?? now,
        ...(moveTo ? { status: moveTo, ...closedAtFor(inquiry.status, moveTo, now) } : {}),
      },
    });
    if (count === 0) throw new DomainError("conflict", "Someone changed this inquiry's status a moment ago. Reload and send again.");
    await recordAudit(tx, {
      actorId: actor.id,
      inquiryId,
      action: "reply",
      after: {
        messageId,
        firstResponse: inquiry.firstResponseAt === null,
        ...(files.length ? { attachments: files.map((f) => f.filename) } : {}),
      },
    });
    if (moveTo)
      await recordAudit(tx, {
        actorId: actor.id,
        inquiryId,
        action: "status",
        before: { status: inquiry.status },
        after: { status: moveTo },
      });
  });
  wakeOutboxWorker();
  return { messageId };
}

/** The values a canned reply's {{name}}, {{reference}} and {{product}} take for one inquiry. */
export function templateValuesFor(inquiry: {
  name: string;
  reference: string;
  items: { catalogNumber: string; productName: string }[];
  details: unknown;
}) {
  const compound = (inquiry.details as { compoundName?: string } | null)?.compoundName;
  const product = inquiry.items.length
    ? inquiry.items.map((i) => `${i.productName} (${i.catalogNumber})`).join(", ")
    : (compound ?? "the compound you asked about");
  return { name: inquiry.name, reference: inquiry.reference, product };
}

export async function listCannedReplies() {
  return db.cannedReply.findMany({ orderBy: { title: "asc" }, include: { updatedBy: { select: { name: true } } } });
}

/**
 * Canned replies filled in for one inquiry, ready for the reply box, each with the placeholders of
 * its template (read before filling in: a product name may hold brackets of its own).
 */
export async function cannedRepliesFor(inquiry: Parameters<typeof templateValuesFor>[0]) {
  const values = templateValuesFor(inquiry);
  return (await listCannedReplies()).map((reply) => ({
    id: reply.id,
    title: reply.title,
    body: fillTemplate(reply.body, values),
    placeholders: placeholdersIn(reply.body),
  }));
}

/** Every canned reply's placeholders: a reply still holding one is not sent unless confirmed. */
async function cannedPlaceholders() {
  return (await db.cannedReply.findMany({ select: { body: true } })).flatMap((reply) => placeholdersIn(reply.body));
}

export async function saveCannedReply({ id, title, body, actor }: { id?: string; title: string; body: string; actor: { id: string } }) {
  const clash = await db.cannedReply.findUnique({ where: { title }, select: { id: true } });
  if (clash && clash.id !== id) throw new DomainError("conflict", "Another canned reply has this title.");
  await db.$transaction(async (tx) => {
    const before = id ? await tx.cannedReply.findUnique({ where: { id }, select: { title: true, body: true } }) : null;
    if (id && !before) throw new DomainError("not-found", "This canned reply no longer exists.");
    const saved = id
      ? await tx.cannedReply.update({ where: { id }, data: { title, body, updatedById: actor.id } })
      : await tx.cannedReply.create({ data: { title, body, updatedById: actor.id } });
    await recordAudit(tx, {
      actorId: actor.id,
      action: id ? "canned-reply.update" : "canned-reply.create",
      before: before ?? undefined,
      after: { id: saved.id, title, body },
    });
  });
}

export async function deleteCannedReply({ id, actor }: { id: string; actor: { id: string } }) {
  await db.$transaction(async (tx) => {
    const before = await tx.cannedReply.findUnique({ where: { id }, select: { title: true, body: true } });
    if (!before) return;
    await tx.cannedReply.delete({ where: { id } });
    await recordAudit(tx, { actorId: actor.id, action: "canned-reply.delete", before, after: undefined });
  });
}

/** Add the starting canned replies that do not exist yet; an admin's edits are kept. */
export async function seedCannedReplies(replies: { title: string; body: string }[]) {
  for (const reply of replies) await db.cannedReply.upsert({ where: { title: reply.title }, create: reply, update: {} });
}
