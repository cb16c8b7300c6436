import "server-only";
import { db } from "@/lib/db";
import type { Currency } from "@/lib/core/money";
import { requesterPageUrl } from "@/lib/requesters/links";
import { quoteLabel } from "@/lib/core/quote-terms";
import { renderQuotePdf, type QuotePdfData, type QuotePdfLine } from "@/lib/quotes/pdf-layout";

export type QuoteForPdf = Omit<QuotePdfData, "issuedAt" | "draft" | "requesterPageUrl" | "reference" | "lines"> & {
  status: string;
  createdAt: Date;
  sentAt: Date | null;
  currency: Currency;
  inquiry: { reference: string };
  lines: QuotePdfLine[];
};

/** What the PDF prints of a stored quote (or of one about to be sent, with its `sentAt`). */
export function pdfDataOf(quote: QuoteForPdf): QuotePdfData {
  return {
    ...quote,
    reference: quote.inquiry.reference,
    issuedAt: quote.sentAt ?? quote.createdAt,
    draft: quote.status === "DRAFT",
    // Without a token: the PDF is forwarded to purchasing offices; the email carries the private link.
    requesterPageUrl: requesterPageUrl(quote.inquiry.reference),
  };
}

export const quotePdfSelect = {
  number: true,
  revision: true,
  status: true,
  currency: true,
  createdAt: true,
  sentAt: true,
  validUntil: true,
  buyerName: true,
  buyerInstitution: true,
  buyerAddress: true,
  paymentTerms: true,
  incoterms: true,
  taxNote: true,
  notes: true,
  shippingMinor: true,
  inquiry: { select: { reference: true } },
  lines: {
    orderBy: { position: "asc" },
    select: {
      catalogNumber: true,
      description: true,
      packSize: true,
      grade: true,
      quantity: true,
      unitPriceMinor: true,
      discountBasisPoints: true,
      leadTime: true,
    },
  },
} as const;

/**
 * A quote's PDF and its file name: the bytes stored at sending for a sent quote (what the requester
 * received), a fresh rendering marked as a draft otherwise. Null when there is no such quote.
 */
export async function quotePdfFor(quoteId: string) {
  const quote = await db.quote.findUnique({ where: { id: quoteId }, select: { ...quotePdfSelect, id: true, inquiryId: true, pdf: true } });
  if (!quote) return null;
  const filename = `${quoteLabel(quote)}.pdf`;
  const bytes = quote.pdf ? Buffer.from(quote.pdf) : await renderQuotePdf(pdfDataOf(quote));
  return { filename, bytes, inquiryId: quote.inquiryId, status: quote.status };
}
