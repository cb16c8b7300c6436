// The request's status as the requester reads it: one plain sentence, from the order, the latest
// quote and the inquiry's own status, in that order of weight.
import type { InquiryKind, InquiryStatus, OrderStatus, QuoteStatus } from "@/lib/generated/prisma/enums";
import { formatDay, quoteExpired } from "@/lib/core/quote-terms";

export type StatusFacts = {
  kind: InquiryKind;
  status: InquiryStatus;
  /** The latest quote sent (drafts never count). */
  latestQuote?: { status: QuoteStatus; validUntil: Date; renewalRequestedAt: Date | null } | null;
  order?: {
    status: OrderStatus;
    carrier: string | null;
    trackingNumber: string | null;
    deliveredAt: Date | null;
  } | null;
};

export function statusInWords({ kind, status, latestQuote, order }: StatusFacts, now = new Date()): string {
  if (order) {
    if (order.status === "DELIVERED") return order.deliveredAt ? `Delivered on ${formatDay(order.deliveredAt)}` : "Delivered";
    if (order.status === "SHIPPED") {
      const tracking = [order.carrier, order.trackingNumber].filter(Boolean).join(" ");
      return tracking ? `Shipped — tracking ${tracking}` : "Shipped";
    }
    return "Order confirmed";
  }
  if (latestQuote) {
    switch (latestQuote.status) {
      case "ACCEPTED":
        return "Quote accepted";
      case "DECLINED":
        return "You declined our quote";
      case "SENT":
      case "SUPERSEDED":
        if (quoteExpired(latestQuote, now))
          return latestQuote.renewalRequestedAt
            ? `Quote expired on ${formatDay(latestQuote.validUntil)} — renewal requested`
            : `Quote expired on ${formatDay(latestQuote.validUntil)}`;
        return `Quote sent, valid until ${formatDay(latestQuote.validUntil)}`;
      case "DRAFT":
        break;
    }
  }
  switch (status) {
    case "NEW":
    case "IN_REVIEW":
      return kind === "SUPPORT" ? "We are looking into your question" : "We are preparing your quote";
    case "QUOTED":
      return "We have replied with a quote";
    case "ANSWERED":
      return "We have answered your request";
    case "WON":
      return "Order confirmed";
    case "LOST":
    case "CLOSED":
    case "SPAM":
      return "Closed";
  }
}
