import "server-only";
import { db } from "@/lib/db";
import { isoDate } from "@/lib/quotes/schema";
import { minorToDecimal } from "@/lib/core/money";
import { lineValuesOf, type QuoteFormValues } from "@/lib/quotes/form-values";

/** Every quote of an inquiry, every revision, newest number and revision first, for the staff inquiry page. */
export function listQuotesForInquiry(inquiryId: string) {
  return db.quote.findMany({
    where: { inquiryId },
    orderBy: [{ createdAt: "desc" }, { revision: "desc" }],
    select: {
      id: true,
      number: true,
      revision: true,
      status: true,
      currency: true,
      totalMinor: true,
      validUntil: true,
      sentAt: true,
      createdAt: true,
    },
  });
}

/** A quote of this inquiry as the builder shows it, with its status (only a draft can be edited). */
export async function quoteForBuilder({ quoteId, inquiryId }: { quoteId: string; inquiryId: string }) {
  const quote = await db.quote.findUnique({ where: { id: quoteId }, include: { lines: { orderBy: { position: "asc" } } } });
  if (!quote || quote.inquiryId !== inquiryId) return null;
  const values: QuoteFormValues = {
    currency: quote.currency,
    lines: quote.lines.map(lineValuesOf),
    shipping: quote.shippingMinor ? minorToDecimal(quote.shippingMinor) : "",
    taxNote: quote.taxNote,
    paymentTerms: quote.paymentTerms,
    incoterms: quote.incoterms,
    validUntil: isoDate(quote.validUntil),
    notes: quote.notes ?? "",
    buyerName: quote.buyerName,
    buyerInstitution: quote.buyerInstitution,
    buyerAddress: quote.buyerAddress ?? "",
  };
  return { id: quote.id, number: quote.number, revision: quote.revision, status: quote.status, values };
}

/** What the builder page shows of the inquiry a quote is for. */
export function inquiryForQuote(reference: string) {
  return db.inquiry.findUnique({
    where: { reference },
    select: { id: true, reference: true, status: true, name: true, email: true, institution: true, country: true },
  });
}
