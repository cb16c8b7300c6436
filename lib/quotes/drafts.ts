import "server-only";
import { db } from "@/lib/db";
import { recordAudit } from "@/lib/core/audit";
import { DomainError } from "@/lib/core/domain-error";
import { MAX_QUOTE_TOTAL_MINOR, formatMoney, quoteTotals, type Currency } from "@/lib/core/money";
import { quoteLabel } from "@/lib/core/quote-terms";
import { nextQuoteNumber } from "@/lib/quotes/numbering";
import type { QuoteForm } from "@/lib/quotes/schema";

type Actor = { id: string };

/** Totals of a quote's lines and shipping; refused when above what the quote may total. */
export function checkedTotals(lines: Parameters<typeof quoteTotals>[0], shippingMinor: number, currency: Currency) {
  const totals = quoteTotals(lines, shippingMinor);
  if (totals.totalMinor > MAX_QUOTE_TOTAL_MINOR)
    throw new DomainError(
      "invalid",
      `A quote may total at most ${formatMoney(MAX_QUOTE_TOTAL_MINOR, currency)}. Split it into several quotes.`,
    );
  return totals;
}

export const sentQuoteRefusal = () =>
  new DomainError("conflict", "This quote has been sent and can no longer change. Revise it to make a new revision.");

/** The stored fields of a draft, from the builder's form. Product ids that no longer exist are dropped. */
async function draftData(form: QuoteForm) {
  const ids = [...new Set(form.lines.flatMap((l) => (l.productId ? [l.productId] : [])))];
  const known = new Set((await db.product.findMany({ where: { id: { in: ids } }, select: { id: true } })).map((p) => p.id));
  const lines = form.lines.map((line, position) => ({
    position,
    productId: line.productId && known.has(line.productId) ? line.productId : null,
    catalogNumber: line.catalogNumber ?? null,
    description: line.description,
    packSize: line.packSize ?? null,
    grade: line.grade ?? null,
    quantity: line.quantity,
    unitPriceMinor: line.unitPrice,
    discountBasisPoints: line.discount,
    leadTime: line.leadTime ?? null,
  }));
  const totals = checkedTotals(lines, form.shipping, form.currency);
  return {
    lines,
    quote: {
      currency: form.currency,
      shippingMinor: form.shipping,
      subtotalMinor: totals.subtotalMinor,
      totalMinor: totals.totalMinor,
      taxNote: form.taxNote,
      paymentTerms: form.paymentTerms,
      incoterms: form.incoterms,
      validUntil: new Date(`${form.validUntil}T00:00:00Z`),
      notes: form.notes ?? null,
      buyerName: form.buyerName,
      buyerInstitution: form.buyerInstitution,
      buyerAddress: form.buyerAddress ?? null,
    },
  };
}

/**
 * Save the builder's form: a new quote (revision 1, a fresh number) or changes to a draft. A quote
 * that has left the draft state is refused: what was sent never changes.
 */
export async function saveQuoteDraft({ form, actor, now = new Date() }: { form: QuoteForm; actor: Actor; now?: Date }) {
  const inquiry = await db.inquiry.findUnique({ where: { id: form.inquiryId }, select: { id: true, reference: true, status: true } });
  if (!inquiry) throw new DomainError("not-found", "This inquiry no longer exists.");
  if (inquiry.status === "SPAM") throw new DomainError("not-allowed", "This inquiry is marked as spam: restore it before quoting.");
  const { quote, lines } = await draftData(form);

  if (form.quoteId) {
    const quoteId = form.quoteId;
    return db.$transaction(async (tx) => {
      const existing = await tx.quote.findUnique({ where: { id: quoteId }, select: { inquiryId: true, number: true, revision: true } });
      if (!existing || existing.inquiryId !== inquiry.id) throw new DomainError("not-found", "This quote no longer exists.");
      const { count } = await tx.quote.updateMany({ where: { id: quoteId, status: "DRAFT" }, data: quote });
      if (count === 0) throw sentQuoteRefusal();
      await tx.quoteLine.deleteMany({ where: { quoteId } });
      await tx.quoteLine.createMany({ data: lines.map((line) => ({ ...line, quoteId })) });
      await recordAudit(tx, { actorId: actor.id, inquiryId: inquiry.id, action: "quote.update", after: { quote: quoteLabel(existing) } });
      return { id: quoteId, number: existing.number, revision: existing.revision, reference: inquiry.reference };
    });
  }

  const number = await nextQuoteNumber(now);
  return db.$transaction(async (tx) => {
    const created = await tx.quote.create({
      data: { ...quote, inquiryId: inquiry.id, number, revision: 1, createdById: actor.id, createdAt: now, lines: { create: lines } },
      select: { id: true, number: true, revision: true },
    });
    await recordAudit(tx, { actorId: actor.id, inquiryId: inquiry.id, action: "quote.create", after: { quote: number } });
    return { ...created, reference: inquiry.reference };
  });
}

/**
 * A new draft revision of a sent (or declined) quote, with the same number and a copy of its lines.
 * The sent revision stays as it is until the new one is sent. An open draft revision is returned
 * rather than a second one made.
 */
export async function reviseQuote({ quoteId, actor, now = new Date() }: { quoteId: string; actor: Actor; now?: Date }) {
  const source = await db.quote.findUnique({
    where: { id: quoteId },
    include: { lines: { orderBy: { position: "asc" } }, inquiry: { select: { reference: true } } },
  });
  if (!source) throw new DomainError("not-found", "This quote no longer exists.");
  if (source.status === "DRAFT") throw new DomainError("not-allowed", "This quote is still a draft: edit it instead.");
  if (source.status === "ACCEPTED") throw new DomainError("not-allowed", "This quote was accepted and is now an order.");
  const revisions = await db.quote.findMany({ where: { number: source.number }, select: { id: true, revision: true, status: true } });
  const openDraft = revisions.find((r) => r.status === "DRAFT");
  const reference = source.inquiry.reference;
  if (openDraft) return { id: openDraft.id, number: source.number, revision: openDraft.revision, reference };
  const revision = Math.max(...revisions.map((r) => r.revision)) + 1;

  return db.$transaction(async (tx) => {
    const created = await tx.quote.create({
      data: {
        inquiryId: source.inquiryId,
        number: source.number,
        revision,
        currency: source.currency,
        shippingMinor: source.shippingMinor,
        subtotalMinor: source.subtotalMinor,
        totalMinor: source.totalMinor,
        taxNote: source.taxNote,
        paymentTerms: source.paymentTerms,
        incoterms: source.incoterms,
        validUntil: source.validUntil,
        notes: source.notes,
        buyerName: source.buyerName,
        buyerInstitution: source.buyerInstitution,
        buyerAddress: source.buyerAddress,
        createdById: actor.id,
        createdAt: now,
        lines: {
          create: source.lines.map((line) => ({
            position: line.position,
            productId: line.productId,
            catalogNumber: line.catalogNumber,
            description: line.description,
            packSize: line.packSize,
            grade: line.grade,
            quantity: line.quantity,
            unitPriceMinor: line.unitPriceMinor,
            discountBasisPoints: line.discountBasisPoints,
            leadTime: line.leadTime,
          })),
        },
      },
      select: { id: true, number: true, revision: true },
    });
    await recordAudit(tx, {
      actorId: actor.id,
      inquiryId: source.inquiryId,
      action: "quote.revise",
      before: { quote: quoteLabel(source) },
      after: { quote: quoteLabel(created) },
    });
    return { ...created, reference };
  });
}
