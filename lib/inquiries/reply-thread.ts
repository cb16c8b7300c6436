// How every message to a requester threads under their acknowledgment: staff replies (lib/triage)
// and sent quotes (lib/quotes) alike.
import type { Prisma } from "@/lib/generated/prisma/client";
import type { InquiryKind } from "@/lib/generated/prisma/enums";
import { staffInboxes } from "@/lib/inquiries/create-inquiry";
import { inquiryKinds } from "@/lib/inquiries/kinds";
import { messageIdFor } from "@/lib/mail/addresses";
import { outboxRow } from "@/lib/mail/enqueue";
import type { MailTemplateName, MailTemplateProps } from "@/lib/mail/templates";

type Tx = Prisma.TransactionClient;

// Mail clients cope with long References headers, but a few hundred IDs help nobody.
const MAX_REFERENCES = 20;

/**
 * Threading headers for the next message to the requester: In-Reply-To names the latest message of
 * the conversation (their last email, or our last reply, or the acknowledgment), References lists
 * the acknowledgment and the conversation in order, so every client files it under the acknowledgment.
 */
export function threadHeaders(ackMessageId: string, conversation: string[]) {
  const chain = [ackMessageId, ...conversation];
  const references = [chain[0]!, ...chain.slice(1).slice(-(MAX_REFERENCES - 1))];
  return { inReplyTo: chain[chain.length - 1]!, references: references.join(" ") };
}

/** The subject of every reply: the acknowledgment's, so the thread and the reference stay visible. */
export function replySubject(reference: string, kindNoun: string) {
  return `Re: [${reference}] We received your ${kindNoun}`;
}

export type OutgoingFile = { filename: string; contentType: string; content: Uint8Array<ArrayBuffer> };

/**
 * Store one message from staff to the requester, inside the caller's transaction: its entry in the
 * conversation (what staff and the requester's page read) and its email in the outbox, under one
 * Message-ID, threaded under the acknowledgment. Staff replies and sent quotes both go this way.
 */
export async function storeMessageToRequester<T extends MailTemplateName>(
  tx: Tx,
  {
    inquiry,
    authorId,
    template,
    props,
    messageId,
    conversationText,
    files = [],
    filesInConversation = false,
    now,
  }: {
    inquiry: { id: string; reference: string; kind: InquiryKind; email: string; conversation: { messageId: string }[] };
    authorId: string;
    /** The email's template ("staff-reply", "quote-sent") and its props: rendered by the worker when it sends. */
    template: T;
    props: MailTemplateProps<T>;
    messageId: string;
    conversationText: string;
    files?: OutgoingFile[];
    /** Keep the files on the conversation entry too (a reply's CoA); a quote's PDF lives on the quote. */
    filesInConversation?: boolean;
    now: Date;
  },
) {
  const thread = threadHeaders(
    messageIdFor("ack", inquiry.id),
    inquiry.conversation.map((m) => m.messageId),
  );
  const subject = replySubject(inquiry.reference, inquiryKinds[inquiry.kind].noun);
  const staffInbox = staffInboxes[inquiry.kind];
  await tx.inquiryMessage.create({
    data: {
      inquiryId: inquiry.id,
      direction: "OUTBOUND",
      authorId,
      fromAddress: staffInbox,
      toAddress: inquiry.email,
      subject,
      text: conversationText,
      messageId,
      ...thread,
      createdAt: now,
      ...(filesInConversation ? { attachments: { create: files.map((f) => ({ ...f, size: f.content.length })) } } : {}),
    },
  });
  await tx.outboxMessage.create({
    data: {
      ...outboxRow(template, props, {
        inquiryId: inquiry.id,
        toAddress: inquiry.email,
        replyTo: staffInbox,
        subject,
        messageId,
        ...thread,
      }),
      attachments: { create: files.map((f, position) => ({ ...f, position })) },
    },
  });
}
