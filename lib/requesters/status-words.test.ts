import { describe, expect, it } from "vitest";
import { statusInWords } from "@/lib/requesters/status-words";

const now = new Date("2026-12-10T12:00:00Z");
const validUntil = new Date("2027-01-05T00:00:00Z");

describe("statusInWords", () => {
  it("says what we are doing before any quote is sent", () => {
    expect(statusInWords({ kind: "QUOTE", status: "NEW" }, now)).toBe("We are preparing your quote");
    expect(statusInWords({ kind: "SUPPORT", status: "IN_REVIEW" }, now)).toBe("We are looking into your question");
    expect(statusInWords({ kind: "SUPPORT", status: "ANSWERED" }, now)).toBe("We have answered your request");
  });

  it("gives a sent quote's last valid day, then says it expired and whether a renewal was asked for", () => {
    const sent = { status: "SENT" as const, validUntil, renewalRequestedAt: null };
    expect(statusInWords({ kind: "QUOTE", status: "QUOTED", latestQuote: sent }, now)).toBe("Quote sent, valid until 5 Jan 2027");
    // Still valid through the whole of 5 January (UTC), expired from midnight.
    expect(statusInWords({ kind: "QUOTE", status: "QUOTED", latestQuote: sent }, new Date("2027-01-05T23:59:59Z"))).toBe(
      "Quote sent, valid until 5 Jan 2027",
    );
    const after = new Date("2027-01-06T00:00:00Z");
    expect(statusInWords({ kind: "QUOTE", status: "QUOTED", latestQuote: sent }, after)).toBe("Quote expired on 5 Jan 2027");
    expect(statusInWords({ kind: "QUOTE", status: "QUOTED", latestQuote: { ...sent, renewalRequestedAt: after } }, after)).toBe(
      "Quote expired on 5 Jan 2027 — renewal requested",
    );
  });

  it("lets the order outweigh the quote, with the tracking number once shipped", () => {
    const accepted = { status: "ACCEPTED" as const, validUntil, renewalRequestedAt: null };
    const order = { status: "CONFIRMED" as const, carrier: null, trackingNumber: null, deliveredAt: null };
    expect(statusInWords({ kind: "QUOTE", status: "WON", latestQuote: accepted, order }, now)).toBe("Order confirmed");
    expect(
      statusInWords(
        {
          kind: "QUOTE",
          status: "WON",
          latestQuote: accepted,
          order: { ...order, status: "SHIPPED", carrier: "FedEx", trackingNumber: "7712" },
        },
        now,
      ),
    ).toBe("Shipped — tracking FedEx 7712");
    expect(
      statusInWords(
        {
          kind: "QUOTE",
          status: "WON",
          latestQuote: accepted,
          order: { ...order, status: "DELIVERED", deliveredAt: new Date("2026-12-20T09:00:00Z") },
        },
        now,
      ),
    ).toBe("Delivered on 20 Dec 2026");
  });

  it("reads a declined quote and a closed request plainly", () => {
    expect(
      statusInWords({ kind: "QUOTE", status: "LOST", latestQuote: { status: "DECLINED", validUntil, renewalRequestedAt: null } }, now),
    ).toBe("You declined our quote");
    expect(statusInWords({ kind: "CUSTOM_SYNTHESIS", status: "CLOSED" }, now)).toBe("Closed");
  });
});
