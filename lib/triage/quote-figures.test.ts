import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { getQuoteFigures, recentMonths, summariseQuotes, type SentQuote } from "@/lib/triage/dashboard";
import { newInquiry, uniqueToken } from "@/tests/inquiry-fixtures";
import { newQuote } from "@/tests/order-fixtures";

const at = (iso: string) => new Date(`${iso}Z`);

describe("quote figures", () => {
  it("lists the last 12 calendar months, oldest first, across a year end", () => {
    expect(recentMonths(at("2004-02-29T23:00:00"), 3)).toEqual(["2003-12", "2004-01", "2004-02"]);
    expect(recentMonths(at("2004-02-01T00:00:00"))).toHaveLength(12);
  });

  it("counts sent, accepted and declined by the month first sent, with the conversion rate, values per currency and the median time to quote", () => {
    const quote = (over: Partial<SentQuote>): SentQuote => ({
      inquiryId: uniqueToken("i"),
      kind: "QUOTE",
      requestedAt: at("2004-01-05T09:00:00"),
      firstSentAt: at("2004-01-05T11:00:00"),
      currency: "EUR",
      totalMinor: 10_000,
      outcome: null,
      ...over,
    });
    const figures = summariseQuotes(
      ["2004-01", "2004-02"],
      [
        quote({ outcome: "ACCEPTED", totalMinor: 150_050 }), // 2 h
        quote({ outcome: "DECLINED", currency: "USD", firstSentAt: at("2004-01-05T13:00:00") }), // 4 h
        quote({ currency: "USD", totalMinor: 5_000, firstSentAt: at("2004-01-06T09:00:00") }), // 24 h
        quote({ outcome: "ACCEPTED", currency: "GBP", totalMinor: 7_500, firstSentAt: at("2004-02-01T00:00:00") }), // 635 h
        quote({ kind: "CUSTOM_SYNTHESIS", firstSentAt: at("2004-01-07T09:00:00") }), // 48 h
        quote({ kind: "CUSTOM_SYNTHESIS", firstSentAt: at("2004-01-09T09:00:00") }), // 96 h
        quote({ firstSentAt: at("2003-12-31T23:59:59") }), // before the months shown
      ],
    );
    expect(figures.months[0]).toEqual({
      month: "2004-01",
      sent: 5,
      accepted: 1,
      declined: 1,
      conversion: 0.2,
      sentValue: { USD: 15_000, EUR: 170_050, GBP: 0 },
      acceptedValue: { USD: 0, EUR: 150_050, GBP: 0 },
    });
    expect(figures.months[1]).toMatchObject({ month: "2004-02", sent: 1, accepted: 1, conversion: 1, acceptedValue: { GBP: 7_500 } });
    expect(figures.total).toMatchObject({ sent: 6, accepted: 2, declined: 1, conversion: 2 / 6 });
    expect(figures.medianHoursToQuote).toEqual({
      QUOTE: { inquiries: 4, hours: (4 + 24) / 2 },
      CUSTOM_SYNTHESIS: { inquiries: 2, hours: 72 },
      SUPPORT: { inquiries: 0, hours: null },
    });
    expect(summariseQuotes(["2004-03"], []).months[0]!.conversion).toBeNull();
  });

  describe("from the database", () => {
    const created: string[] = [];
    afterAll(async () => {
      await db.inquiry.deleteMany({ where: { id: { in: created } } });
    });

    it("counts a revised quote once, with its latest revision's total, and leaves drafts out", async () => {
      // Months long before any other test's quotes, so on a shared database only these count.
      const now = at("2003-06-20T12:00:00");
      const inquiry = await newInquiry();
      created.push(inquiry.id);
      await db.inquiry.update({ where: { id: inquiry.id }, data: { createdAt: at("2003-06-02T09:00:00") } });
      const number = `QT-2003-${uniqueToken("")}`;
      await newQuote({
        inquiryId: inquiry.id,
        number,
        status: "SUPERSEDED",
        sentAt: at("2003-06-02T15:00:00"),
        validUntil: "2003-07-01",
        totalMinor: 9_000,
      });
      await newQuote({
        inquiryId: inquiry.id,
        number,
        revision: 2,
        status: "ACCEPTED",
        sentAt: at("2003-06-04T09:00:00"),
        validUntil: "2003-07-01",
        totalMinor: 8_000,
      });
      await newQuote({ inquiryId: inquiry.id, status: "DRAFT", validUntil: "2003-07-01" });

      const figures = await getQuoteFigures({ now });
      expect(figures.months.at(-1)).toEqual({
        month: "2003-06",
        sent: 1,
        accepted: 1,
        declined: 0,
        conversion: 1,
        sentValue: { USD: 0, EUR: 8_000, GBP: 0 },
        acceptedValue: { USD: 0, EUR: 8_000, GBP: 0 },
      });
      expect(figures.medianHoursToQuote.QUOTE).toEqual({ inquiries: 1, hours: 6 });
    });
  });
});
