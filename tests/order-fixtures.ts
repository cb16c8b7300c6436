// Quote and order rows written straight to the database, as the quote builder and the requester's
// acceptance would leave them: the order tests need the rows, not those flows. Numbers are unique
// per call, so tests never collide on one shared PostgreSQL database.
import type { Currency, OrderStatus, QuoteStatus } from "@/lib/generated/prisma/enums";
import { db } from "@/lib/db";
import { uniqueToken } from "@/tests/inquiry-fixtures";

const uniqueDigits = () => String(Math.floor(Math.random() * 1e12)).padStart(12, "0");

export async function newQuote({
  inquiryId,
  status = "SENT",
  validUntil,
  sentAt = new Date(),
  currency = "EUR",
  totalMinor = 123_450,
  number = `QT-2099-${uniqueDigits()}`,
  revision = 1,
  reminderSentAt = null,
  acceptedAt = null,
  declinedAt = null,
}: {
  inquiryId: string;
  status?: QuoteStatus;
  /** "2027-01-05": the last valid day. */
  validUntil: string;
  sentAt?: Date | null;
  currency?: Currency;
  totalMinor?: number;
  number?: string;
  revision?: number;
  reminderSentAt?: Date | null;
  acceptedAt?: Date | null;
  declinedAt?: Date | null;
}) {
  return db.quote.create({
    data: {
      inquiryId,
      number,
      revision,
      status,
      currency,
      subtotalMinor: totalMinor,
      totalMinor,
      taxNote: "Prices exclude VAT.",
      paymentTerms: "30 days net",
      incoterms: "DAP",
      validUntil: new Date(`${validUntil}T00:00:00Z`),
      buyerName: "Dr Ana Ruiz",
      buyerInstitution: "Example University",
      sentAt: status === "DRAFT" ? null : sentAt,
      reminderSentAt,
      acceptedAt,
      declinedAt,
    },
  });
}

/** An accepted quote and the order made from it. */
export async function newOrder({
  inquiryId,
  status = "CONFIRMED",
  currency = "EUR",
  totalMinor = 123_450,
  poNumber = `PO-${uniqueToken("")}`,
  createdAt = new Date(),
}: {
  inquiryId: string;
  status?: OrderStatus;
  currency?: Currency;
  totalMinor?: number;
  poNumber?: string;
  createdAt?: Date;
}) {
  const quote = await newQuote({ inquiryId, status: "ACCEPTED", validUntil: "2099-12-31", currency, totalMinor, acceptedAt: createdAt });
  return db.order.create({
    data: {
      number: `SO-2099-${uniqueDigits()}`,
      quoteId: quote.id,
      inquiryId,
      status,
      currency,
      totalMinor,
      poNumber,
      acceptedByName: "Dr Ana Ruiz",
      createdAt,
      ...(status !== "CONFIRMED" ? { carrier: "DHL Express", trackingNumber: "JD0146000012345678", shippedAt: createdAt } : {}),
      ...(status === "DELIVERED" ? { deliveredAt: createdAt } : {}),
    },
  });
}
