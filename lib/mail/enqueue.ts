// No "server-only" marker: the outbox's tests and the bench queue mail outside Next.js too.
import { env } from "@/lib/env";
import type { Prisma } from "@/lib/generated/prisma/client";
import { checkTemplateProps, sanitizeHeader, type MailTemplateName, type MailTemplateProps } from "@/lib/mail/templates";

export type MailHeaders = {
  toAddress: string;
  /** Decided now and stored: the same on every retry, so a receiver can drop a re-sent copy. */
  messageId: string;
  fromAddress?: string;
  replyTo?: string | null;
  inReplyTo?: string | null;
  references?: string | null;
  /** The template's own subject unless given (a reply keeps its thread's subject). */
  subject?: string;
  inquiryId?: string | null;
};

/**
 * An outbox row for one email: its template and checked props, headers and Message-ID. Nothing is
 * rendered here: the request that queues mail pays only for the insert, the worker renders on send.
 * Props the template's schema refuses throw, so a mistake shows where the mail is queued.
 */
export function outboxRow<T extends MailTemplateName>(template: T, props: MailTemplateProps<T>, headers: MailHeaders) {
  const checked = checkTemplateProps(template, props);
  return {
    template,
    props: checked.props as Prisma.InputJsonValue,
    subject: headers.subject === undefined ? checked.subject : sanitizeHeader(headers.subject),
    fromAddress: headers.fromAddress ?? env.MAIL_FROM,
    toAddress: headers.toAddress,
    replyTo: headers.replyTo ?? null,
    messageId: headers.messageId,
    inReplyTo: headers.inReplyTo ?? null,
    references: headers.references ?? null,
    inquiryId: headers.inquiryId ?? null,
  } satisfies Prisma.OutboxMessageUncheckedCreateInput;
}
