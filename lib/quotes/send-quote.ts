import "server-only";
import { db } from "@/lib/db";
import { recordAudit } from "@/lib/core/audit";
import { DomainError } from "@/lib/core/domain-error";
import { formatMoney, lineAmounts } from "@/lib/core/money";
import { storeMessageToRequester } from "@/lib/inquiries/reply-thread";
import { canTransition, statusLabels } from "@/lib/inquiries/status";
import { messageIdFor } from "@/lib/mail/addresses";
import { wakeOutboxWorker } from "@/lib/mail/worker";
import { newRequesterToken, requesterPageUrl, storeRequesterLink } from "@/lib/requesters/links";
import { checkedTotals, sentQuoteRefusal } from "@/lib/quotes/drafts";
import { licenceRefusal } from "@/lib/quotes/licence-check";
import { formatDay, quoteLabel } from "@/lib/core/quote-terms";
import { renderQuotePdf } from "@/lib/quotes/pdf-layout";
import { pdfDataOf, quotePdfSelect } from "@/lib/quotes/quote-pdf";

/**
 * Send a draft quote, all in one transaction: freeze its totals and PDF, mark it sent, supersede the
 * revision it replaces, store a private link to the requester's page, queue the email with the PDF
 * attached, record it in the conversation, and move the inquiry to Quoted.
 */
export async function sendQuote({
  quoteId,
  actor,
  now = new Date(),
}: {
  quoteId: string;
  actor: { id: string; name: string };
  now?: Date;
}) {
  const quote = await db.quote.findUnique({
    where: { id: quoteId },
    select: {
      ...quotePdfSelect,
      id: true,
      inquiry: {
        select: {
          id: true,
          reference: true,
          kind: true,
          status: true,
          email: true,
          firstResponseAt: true,
          conversation: { orderBy: { createdAt: "asc" }, select: { messageId: true } },
        },
      },
    },
  });
  if (!quote) throw new DomainError("not-found", "This quote no longer exists.");
  if (quote.status !== "DRAFT") throw sentQuoteRefusal();
  const { inquiry } = quote;
  if (inquiry.status === "SPAM") throw new DomainError("not-allowed", "This inquiry is marked as spam: restore it before quoting.");
  const moveTo = inquiry.status === "QUOTED" ? undefined : "QUOTED";
  if (moveTo && !canTransition(inquiry.status, moveTo))
    throw new DomainError(
      "not-allowed",
      `An inquiry that is ${statusLabels[inquiry.status].toLowerCase()} cannot be moved to quoted: reopen it first.`,
    );
  if (quote.lines.length === 0) throw new DomainError("invalid", "Add at least one line before sending.");
  // A controlled product (on the request or added to the quote) needs an approved licence check first.
  const refusal = await licenceRefusal({ inquiryId: inquiry.id, quoteId: quote.id });
  if (refusal) throw new DomainError("not-allowed", refusal);
  const totals = checkedTotals(quote.lines, quote.shippingMinor, quote.currency);
  const previous = await db.quote.findFirst({
    where: { number: quote.number, status: "SENT", id: { not: quote.id } },
    select: { id: true, number: true, revision: true },
  });

  const label = quoteLabel(quote);
  const pdf = await renderQuotePdf(pdfDataOf({ ...quote, status: "SENT", sentAt: now }));
  const { token, tokenHash } = newRequesterToken();
  const rows = [
    ...quote.lines.map((line) => ({
      label: [line.catalogNumber, line.description, line.packSize ? `${line.packSize} × ${line.quantity}` : `× ${line.quantity}`]
        .filter(Boolean)
        .join(" "),
      value: formatMoney(lineAmounts(line).totalMinor, quote.currency),
    })),
    { label: "Shipping and handling", value: formatMoney(totals.shippingMinor, quote.currency) },
    { label: `Total (${quote.currency})`, value: formatMoney(totals.totalMinor, quote.currency) },
  ];
  const validUntil = formatDay(quote.validUntil);
  const email = {
    reference: inquiry.reference,
    quoteLabel: label,
    supersedes: previous ? quoteLabel(previous) : undefined,
    rows,
    validUntil,
    pageUrl: requesterPageUrl(inquiry.reference, token),
    staffName: actor.name,
  };
  const messageId = messageIdFor("quote", quote.id);
  // The conversation's copy names the quote, never the private link: staff and the requester's page read it.
  const summary = [
    `Quote ${label} sent${previous ? `, replacing ${quoteLabel(previous)}` : ""}: total ${formatMoney(totals.totalMinor, quote.currency)}, valid until ${validUntil}. PDF attached.`,
    ...rows.map((row) => `${row.label}: ${row.value}`),
  ].join("\n");

  await db.$transaction(async (tx) => {
    // Again inside the transaction: a rejection recorded while the PDF was rendered still stops it.
    const lateRefusal = await licenceRefusal({ inquiryId: inquiry.id, quoteId: quote.id }, tx);
    if (lateRefusal) throw new DomainError("not-allowed", lateRefusal);
    const { count } = await tx.quote.updateMany({
      where: { id: quote.id, status: "DRAFT" },
      data: { status: "SENT", sentAt: now, subtotalMinor: totals.subtotalMinor, totalMinor: totals.totalMinor, pdf: new Uint8Array(pdf) },
    });
    if (count === 0) throw sentQuoteRefusal();
    if (previous) await tx.quote.updateMany({ where: { id: previous.id, status: "SENT" }, data: { status: "SUPERSEDED" } });
    await storeRequesterLink(tx, { inquiryId: inquiry.id, email: inquiry.email, tokenHash, now });
    await storeMessageToRequester(tx, {
      inquiry,
      authorId: actor.id,
      template: "quote-sent",
      props: email,
      messageId,
      conversationText: summary,
      files: [{ filename: `${label}.pdf`, contentType: "application/pdf", content: new Uint8Array(pdf) }],
      now,
    });
    const moved = await tx.inquiry.updateMany({
      where: { id: inquiry.id, status: inquiry.status },
      data: { firstResponseAt: inquiry.firstResponseAt ?? now, ...(moveTo ? { status: moveTo } : {}) },
    });
    if (moved.count === 0) throw new DomainError("conflict", "Someone changed this inquiry's status a moment ago. Reload and send again.");
    await recordAudit(tx, {
      actorId: actor.id,
      inquiryId: inquiry.id,
      action: "quote.send",
      after: {
        quote: label,
        totalMinor: totals.totalMinor,
        currency: quote.currency,
        ...(previous ? { supersedes: quoteLabel(previous) } : {}),
      },
    });
    if (moveTo)
      await recordAudit(tx, {
        actorId: actor.id,
        inquiryId: inquiry.id,
        action: "status",
        before: { status: inquiry.status },
        after: { status: moveTo },
      });
  });
  wakeOutboxWorker();
  return { label, messageId };
}
