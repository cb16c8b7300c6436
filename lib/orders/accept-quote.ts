// The requester's answers to a quote, from their page: accept it (which creates the order), decline
// it, or ask for a renewal once it has lapsed. Each is one transaction with its emails and audit.
import "server-only";
import { randomUUID } from "node:crypto";
import type { SummaryRow } from "@/emails/components/email-layout";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { InquiryStatus, QuoteStatus } from "@/lib/generated/prisma/enums";
import { recordAudit } from "@/lib/core/audit";
import { DomainError } from "@/lib/core/domain-error";
import { formatMoney } from "@/lib/core/money";
import { staffInboxes } from "@/lib/inquiries/create-inquiry";
import { allowedTransitions, closesInquiry } from "@/lib/inquiries/status";
import { messageIdFor } from "@/lib/mail/addresses";
import { outboxRow } from "@/lib/mail/enqueue";
import { wakeOutboxWorker } from "@/lib/mail/worker";
import type { CheckedFile } from "@/lib/requesters/files";
import { newRequesterToken, requesterPageUrl, storeRequesterLink } from "@/lib/requesters/links";
import { recordPageMessage, type OwnInquiry } from "@/lib/requesters/messages";
import { formatDay, quoteExpired, quoteLabel } from "@/lib/core/quote-terms";

const TRANSACTION_LIMITS = { maxWait: 15_000, timeout: 30_000 };

type Tx = Prisma.TransactionClient;
type QuoteFacts = { id: string; status: QuoteStatus; validUntil: Date; sentAt: Date | null; number: string; revision: number };

/**
 * Why a quote cannot be accepted, or null when it can: only a sent quote, within its validity, and
 * the latest one sent on the request (an older revision or another quote sent after it replaces it).
 */
export function acceptanceRefusal(quote: QuoteFacts, sentQuotes: QuoteFacts[], now = new Date()): DomainError | null {
  switch (quote.status) {
    case "DRAFT":
      return new DomainError("not-found", "This quote does not exist.");
    case "ACCEPTED":
      return new DomainError("conflict", "This quote is already accepted.");
    case "DECLINED":
      return new DomainError("not-allowed", "This quote was declined and can no longer be accepted. Ask us for a new one.");
    case "SUPERSEDED":
      return new DomainError("not-allowed", "A newer revision replaces this quote: accept that one instead.");
    case "SENT":
      break;
  }
  if (quoteExpired(quote, now))
    return new DomainError("not-allowed", `This quote expired on ${formatDay(quote.validUntil)}. Ask for a renewal instead.`);
  const latest = latestSent(sentQuotes);
  if (latest && latest.id !== quote.id) return new DomainError("not-allowed", "A newer quote replaces this one: accept that one instead.");
  return null;
}

function latestSent(quotes: QuoteFacts[]) {
  return quotes
    .filter((q) => q.sentAt)
    .sort((a, b) => b.sentAt!.getTime() - a.sentAt!.getTime() || b.revision - a.revision)
    .at(0);
}

/** The shortest way through the workflow's allowed steps from one status to another (none: []). */
export function statusPath(from: InquiryStatus, to: InquiryStatus): InquiryStatus[] {
  const previous = new Map<InquiryStatus, InquiryStatus>();
  const queue: InquiryStatus[] = [from];
  while (queue.length) {
    const status = queue.shift()!;
    if (status === to) {
      const path: InquiryStatus[] = [];
      for (let s = to; s !== from; s = previous.get(s)!) path.unshift(s);
      return path;
    }
    for (const next of allowedTransitions(status))
      if (next !== from && !previous.has(next)) {
        previous.set(next, status);
        queue.push(next);
      }
  }
  return [];
}

/** The next order number, SO-2026-000045, from the same counters as the references. */
async function nextOrderNumber(now: Date) {
  const year = now.getUTCFullYear();
  const [{ value }] = await db.$queryRaw<[{ value: number }]>`
    INSERT INTO "ReferenceCounter" (prefix, year, value) VALUES ('SO', ${year}, 1)
    ON CONFLICT (prefix, year) DO UPDATE SET value = "ReferenceCounter".value + 1
    RETURNING value`;
  return `SO-${year}-${String(value).padStart(6, "0")}`;
}

async function loadQuote(inquiry: OwnInquiry, quoteId: string) {
  const quotes = await db.quote.findMany({
    where: { inquiryId: inquiry.id, status: { not: "DRAFT" }, sentAt: { not: null } },
    select: {
      id: true,
      status: true,
      validUntil: true,
      sentAt: true,
      number: true,
      revision: true,
      currency: true,
      totalMinor: true,
      renewalRequestedAt: true,
    },
  });
  const quote = quotes.find((q) => q.id === quoteId);
  if (!quote) throw new DomainError("not-found", "This quote does not exist.");
  return { quote, quotes };
}

/** Where staff hear of the requester's answer: the assignee, else the kind's inbox. */
async function staffAddress(inquiryId: string) {
  const inquiry = await db.inquiry.findUniqueOrThrow({
    where: { id: inquiryId },
    select: { kind: true, assignee: { select: { email: true, active: true } } },
  });
  return inquiry.assignee?.active ? inquiry.assignee.email : staffInboxes[inquiry.kind];
}

async function queueStaffNotice(tx: Tx, inquiry: OwnInquiry, to: string, mail: { headline: string; rows: SummaryRow[] }) {
  await tx.outboxMessage.create({
    data: outboxRow(
      "quote-response-staff",
      {
        reference: inquiry.reference,
        headline: mail.headline,
        rows: mail.rows,
        staffUrl: new URL(`/staff/inquiries/${inquiry.reference}`, env.SITE_URL).toString(),
      },
      { inquiryId: inquiry.id, toAddress: to, replyTo: inquiry.email, messageId: messageIdFor("quote-response", randomUUID()) },
    ),
  });
}

/**
 * Accept a quote: it becomes ACCEPTED, the order is created, the inquiry moves to Won (along the
 * workflow's allowed steps), the PO file joins the conversation, and the assignee and the requester
 * are mailed. A second acceptance, racing or later, is refused as a conflict.
 */
export async function acceptQuote({
  inquiry,
  quoteId,
  acceptedByName,
  poNumber,
  poFile,
  now = new Date(),
}: {
  inquiry: OwnInquiry;
  quoteId: string;
  acceptedByName: string;
  poNumber: string;
  poFile?: CheckedFile;
  now?: Date;
}) {
  const { quote, quotes } = await loadQuote(inquiry, quoteId);
  const refusal = acceptanceRefusal(quote, quotes, now);
  if (refusal) throw refusal;
  const existing = await db.order.findFirst({ where: { inquiryId: inquiry.id }, select: { number: true } });
  if (existing) throw new DomainError("conflict", `This request already has an order, ${existing.number}.`);
  if (inquiry.status === "SPAM") throw new DomainError("not-allowed", "We cannot take an acceptance on this request. Please email us.");
  const path = statusPath(inquiry.status, "WON");
  if (inquiry.status !== "WON" && path.length === 0)
    throw new DomainError("not-allowed", "We cannot take an acceptance on this request. Please email us.");

  const label = quoteLabel(quote);
  const total = formatMoney(quote.totalMinor, quote.currency);
  const number = await nextOrderNumber(now);
  const link = newRequesterToken();
  const to = await staffAddress(inquiry.id);
  const headline = `accepted ${label} — order ${number}`;
  const rows = [
    { label: "Accepted by", value: acceptedByName },
    { label: "PO number", value: poNumber },
    { label: "PO file", value: poFile ? poFile.filename : "None" },
    { label: "Total", value: total },
  ];

  await db.$transaction(async (tx) => {
    const { count } = await tx.quote.updateMany({
      where: { id: quote.id, status: "SENT" },
      data: { status: "ACCEPTED", acceptedAt: now, acceptedByName },
    });
    if (count === 0) throw new DomainError("conflict", "This quote was answered a moment ago. Reload the page to see how.");
    const po = await recordPageMessage(tx, {
      inquiry,
      text: `Accepted ${label} (${total}). Accepted by ${acceptedByName}. Purchase order number: ${poNumber}.`,
      files: poFile ? [poFile] : [],
      reopen: false,
      now,
    });
    const order = await tx.order.create({
      data: {
        number,
        quoteId: quote.id,
        inquiryId: inquiry.id,
        currency: quote.currency,
        totalMinor: quote.totalMinor,
        poNumber,
        poAttachmentId: po.attachmentIds[0] ?? null,
        acceptedByName,
        createdAt: now,
      },
      select: { id: true },
    });
    let from = inquiry.status;
    for (const status of path) {
      const moved = await tx.inquiry.updateMany({
        where: { id: inquiry.id, status: from },
        data: { status, closedAt: closesInquiry(status) ? now : null },
      });
      if (moved.count === 0) throw new DomainError("conflict", "This request changed a moment ago. Reload the page and accept again.");
      await recordAudit(tx, { actorId: null, inquiryId: inquiry.id, action: "status", before: { status: from }, after: { status } });
      from = status;
    }
    await recordAudit(tx, {
      actorId: null,
      inquiryId: inquiry.id,
      action: "quote.accept",
      after: { quoteId: quote.id, quote: label, order: number, orderId: order.id, poNumber, acceptedByName },
    });
    await queueStaffNotice(tx, inquiry, to, { headline, rows });
    await storeRequesterLink(tx, { inquiryId: inquiry.id, email: inquiry.email, tokenHash: link.tokenHash, now });
    await tx.outboxMessage.create({
      data: outboxRow(
        "order-confirmation",
        {
          reference: inquiry.reference,
          orderNumber: number,
          quoteLabel: label,
          total,
          poNumber,
          acceptedByName,
          pageUrl: requesterPageUrl(inquiry.reference, link.token),
        },
        {
          inquiryId: inquiry.id,
          toAddress: inquiry.email,
          replyTo: staffInboxes[inquiry.kind],
          messageId: messageIdFor("order-confirmation", order.id),
          inReplyTo: messageIdFor("ack", inquiry.id),
          references: messageIdFor("ack", inquiry.id),
        },
      ),
    });
  }, TRANSACTION_LIMITS);
  wakeOutboxWorker();
  return { orderNumber: number };
}

/** Decline a sent quote with a reason; staff are told, and the reason joins the conversation. */
export async function declineQuote({
  inquiry,
  quoteId,
  reason,
  now = new Date(),
}: {
  inquiry: OwnInquiry;
  quoteId: string;
  reason: string;
  now?: Date;
}) {
  const { quote } = await loadQuote(inquiry, quoteId);
  if (quote.status === "DECLINED") throw new DomainError("conflict", "This quote is already declined.");
  if (quote.status !== "SENT") throw new DomainError("not-allowed", "Only a quote awaiting your answer can be declined.");
  const label = quoteLabel(quote);
  const to = await staffAddress(inquiry.id);
  const headline = `declined ${label}`;
  const rows = [{ label: "Reason", value: reason }];
  await db.$transaction(async (tx) => {
    const { count } = await tx.quote.updateMany({
      where: { id: quote.id, status: "SENT" },
      data: { status: "DECLINED", declinedAt: now, declineReason: reason },
    });
    if (count === 0) throw new DomainError("conflict", "This quote was answered a moment ago. Reload the page to see how.");
    await recordPageMessage(tx, { inquiry, text: `Declined ${label}. Reason: ${reason}`, reopen: false, now });
    await recordAudit(tx, {
      actorId: null,
      inquiryId: inquiry.id,
      action: "quote.decline",
      after: { quoteId: quote.id, quote: label, reason },
    });
    await queueStaffNotice(tx, inquiry, to, { headline, rows });
  }, TRANSACTION_LIMITS);
  wakeOutboxWorker();
}

/** One click on an expired quote: staff are asked to renew it, and the request joins the thread. */
export async function requestQuoteRenewal({ inquiry, quoteId, now = new Date() }: { inquiry: OwnInquiry; quoteId: string; now?: Date }) {
  const { quote } = await loadQuote(inquiry, quoteId);
  if (quote.status !== "SENT" || !quoteExpired(quote, now))
    throw new DomainError("not-allowed", "Only an expired quote that awaits your answer can be renewed.");
  if (quote.renewalRequestedAt) throw new DomainError("conflict", "You have already asked for a renewal of this quote.");
  const label = quoteLabel(quote);
  const to = await staffAddress(inquiry.id);
  const headline = `asks for a renewal of ${label}`;
  const rows = [{ label: "Expired on", value: formatDay(quote.validUntil) }];
  await db.$transaction(async (tx) => {
    const { count } = await tx.quote.updateMany({
      where: { id: quote.id, status: "SENT", renewalRequestedAt: null },
      data: { renewalRequestedAt: now },
    });
    if (count === 0) throw new DomainError("conflict", "You have already asked for a renewal of this quote.");
    await recordPageMessage(tx, { inquiry, text: `Please renew ${label}, which expired on ${formatDay(quote.validUntil)}.`, now });
    await recordAudit(tx, {
      actorId: null,
      inquiryId: inquiry.id,
      action: "quote.renewal-request",
      after: { quoteId: quote.id, quote: label },
    });
    await queueStaffNotice(tx, inquiry, to, { headline, rows });
  }, TRANSACTION_LIMITS);
  wakeOutboxWorker();
}
