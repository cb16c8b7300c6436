import "server-only";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { packPrices } from "@/lib/catalog/prices";
import { currencyForCountry } from "@/lib/core/countries";
import { minorToDecimal, type Currency } from "@/lib/core/money";
import { isoDate } from "@/lib/quotes/schema";
import { emptyLine, taxNoteFor, type LineValues, type QuoteFormValues } from "@/lib/quotes/form-values";

export const DEFAULT_PAYMENT_TERMS = "30 days net from the invoice date, by bank transfer";
export const DEFAULT_INCOTERMS = "FCA";

type Pack = { amount: number; unit: string; prices: { currency: Currency; amountMinor: number }[] };

export const packLabel = (pack: { amount: number; unit: string }) => `${pack.amount} ${pack.unit}`;

/**
 * The pack size to quote for a requested amount, and how many of it: the pack of exactly that
 * amount; else the largest pack not above it, enough of them to cover it; else the smallest pack.
 * Null when the product has no pack sizes.
 */
export function matchPack<P extends Pack>(requested: { quantity: number | null; unit: string | null }, packs: P[]) {
  if (packs.length === 0) return null;
  const unit = requested.unit?.trim().toLowerCase();
  const amount = requested.quantity;
  const sameUnit = packs.filter((p) => p.unit.toLowerCase() === unit).sort((a, b) => a.amount - b.amount);
  if (amount && amount > 0 && sameUnit.length) {
    const exact = sameUnit.find((p) => p.amount === amount);
    if (exact) return { pack: exact, quantity: 1 };
    const below = sameUnit.filter((p) => p.amount < amount).at(-1);
    if (below) return { pack: below, quantity: Math.ceil(amount / below.amount) };
    return { pack: sameUnit[0]!, quantity: 1 };
  }
  return { pack: packs[0]!, quantity: 1 };
}

/** An inquiry item as a quote line priced in `currency` (no price: left empty for staff to fill in). */
export function lineForItem(
  item: {
    productId: number | null;
    catalogNumber: string;
    productName: string;
    quantity: number | null;
    unit: string | null;
    grade: string | null;
  },
  product: { availability: string | null; packSizes: Pack[] } | null,
  currency: Currency,
): LineValues {
  const match = product ? matchPack(item, product.packSizes) : null;
  const listPrices = match ? packPrices(match.pack.prices) : undefined;
  const price = listPrices?.[currency];
  return {
    ...emptyLine,
    productId: item.productId && product ? String(item.productId) : "",
    catalogNumber: item.catalogNumber,
    description: item.productName,
    packSize: match ? packLabel(match.pack) : "",
    grade: item.grade ?? "",
    quantity: String(match?.quantity ?? 1),
    unitPrice: price != null ? minorToDecimal(price) : "",
    leadTime: product?.availability?.slice(0, 80) ?? "",
    listPrices,
  };
}

/** A new quote's values for an inquiry: its items as lines in the requester's currency, and the default terms. */
export async function quoteDefaultsFor(inquiryId: string, now = new Date()): Promise<QuoteFormValues | null> {
  const inquiry = await db.inquiry.findUnique({
    where: { id: inquiryId },
    select: {
      name: true,
      institution: true,
      country: true,
      items: {
        orderBy: { position: "asc" },
        select: {
          productId: true,
          catalogNumber: true,
          productName: true,
          quantity: true,
          unit: true,
          grade: true,
          product: {
            select: {
              availability: true,
              packSizes: {
                orderBy: [{ position: "asc" }, { id: "asc" }],
                select: { amount: true, unit: true, prices: { select: { currency: true, amountMinor: true } } },
              },
            },
          },
        },
      },
    },
  });
  if (!inquiry) return null;
  const currency = currencyForCountry(inquiry.country);
  const lines = inquiry.items.map((item) => lineForItem(item, item.product, currency));
  return {
    currency,
    lines: lines.length ? lines : [emptyLine],
    shipping: "",
    taxNote: taxNoteFor(inquiry.country),
    paymentTerms: DEFAULT_PAYMENT_TERMS,
    incoterms: DEFAULT_INCOTERMS,
    validUntil: isoDate(new Date(now.getTime() + env.QUOTE_VALIDITY_DAYS * 86_400_000)),
    notes: "",
    buyerName: inquiry.name,
    buyerInstitution: inquiry.institution,
    buyerAddress: inquiry.country,
  };
}
