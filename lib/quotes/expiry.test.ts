import { describe, expect, it } from "vitest";
import { quoteExpired, quoteExpiresAt } from "@/lib/core/quote-terms";
import { quoteDisplayState } from "@/lib/quotes/expiry";

const validUntil = new Date("2027-01-05T00:00:00Z");
const sent = { status: "SENT" as const, validUntil };

describe("quote expiry", () => {
  it("keeps a quote valid to the last millisecond of its validUntil day (UTC) and expires it at midnight", () => {
    expect(quoteExpiresAt(validUntil)).toEqual(new Date("2027-01-06T00:00:00Z"));
    expect(quoteDisplayState(sent, new Date("2027-01-05T23:59:59.999Z"))).toBe("expiring-soon");
    expect(quoteExpired({ validUntil }, new Date("2027-01-05T23:59:59.999Z"))).toBe(false);
    expect(quoteDisplayState(sent, new Date("2027-01-06T00:00:00Z"))).toBe("expired");
    expect(quoteExpired({ validUntil }, new Date("2027-01-06T00:00:00Z"))).toBe(true);
  });

  it("shows a sent quote as expiring soon in its last 7 days, and as sent before", () => {
    expect(quoteDisplayState(sent, new Date("2026-12-29T23:59:59Z"))).toBe("sent");
    expect(quoteDisplayState(sent, new Date("2026-12-30T00:00:00Z"))).toBe("expiring-soon");
  });

  it("leaves an answered, superseded or draft quote as it is, whatever the date", () => {
    const late = new Date("2030-01-01T00:00:00Z");
    expect(quoteDisplayState({ status: "ACCEPTED", validUntil }, late)).toBe("accepted");
    expect(quoteDisplayState({ status: "DECLINED", validUntil }, late)).toBe("declined");
    expect(quoteDisplayState({ status: "SUPERSEDED", validUntil }, late)).toBe("superseded");
    expect(quoteDisplayState({ status: "DRAFT", validUntil }, late)).toBe("draft");
  });
});
