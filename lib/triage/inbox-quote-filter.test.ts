import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { inboxWhere, parseInboxQuery } from "@/lib/triage/inbox-query";
import { createStaff, newInquiry, uniqueToken } from "@/tests/inquiry-fixtures";
import { newQuote } from "@/tests/order-fixtures";

describe("inbox quote filters", () => {
  it("select inquiries by their latest quote: sent, expiring within 7 days, expired, accepted, declined", async () => {
    const viewer = await createStaff();
    // Every inquiry of this test carries one institution word, so the search narrows the view to them.
    const institution = `Filterlab ${uniqueToken("inst")}`;
    const now = new Date("2031-06-10T12:00:00Z");
    const inquiry = async (label: string) => ({ ...(await newInquiry({ institution })), label });

    const open = await inquiry("open");
    await newQuote({ inquiryId: open.id, validUntil: "2031-07-10" });
    const expiring = await inquiry("expiring");
    await newQuote({ inquiryId: expiring.id, validUntil: "2031-06-16" });
    const lastDay = await inquiry("last day");
    await newQuote({ inquiryId: lastDay.id, validUntil: "2031-06-10" });
    const expired = await inquiry("expired");
    await newQuote({ inquiryId: expired.id, validUntil: "2031-06-09" });
    const accepted = await inquiry("accepted");
    await newQuote({ inquiryId: accepted.id, validUntil: "2031-06-20", status: "ACCEPTED" });
    const declined = await inquiry("declined");
    await newQuote({ inquiryId: declined.id, validUntil: "2031-06-20", status: "DECLINED" });
    // R1 expired, then a revision was sent: the latest revision (open) decides, not the first.
    const revised = await inquiry("revised");
    const number = `QT-2031-${uniqueToken("")}`;
    await newQuote({ inquiryId: revised.id, validUntil: "2031-06-01", status: "SUPERSEDED", number });
    await newQuote({ inquiryId: revised.id, validUntil: "2031-06-30", number, revision: 2 });
    // A draft is not a sent quote.
    const draft = await inquiry("draft");
    await newQuote({ inquiryId: draft.id, validUntil: "2031-06-12", status: "DRAFT" });
    const all = [open, expiring, lastDay, expired, accepted, declined, revised, draft];

    const matching = async (quote: string) => {
      const where = inboxWhere(parseInboxQuery({ quote, q: institution.split(" ")[1] }), viewer.id, { now });
      const ids = new Set((await db.inquiry.findMany({ where, select: { id: true } })).map((i) => i.id));
      return all.filter((i) => ids.has(i.id)).map((i) => i.label);
    };
    expect(await matching("sent")).toEqual(["open", "expiring", "last day", "revised"]);
    expect(await matching("expiring")).toEqual(["expiring", "last day"]);
    expect(await matching("expired")).toEqual(["expired"]);
    expect(await matching("accepted")).toEqual(["accepted"]);
    expect(await matching("declined")).toEqual(["declined"]);
    // An unknown value is ignored, as the other filters are: every inquiry of the test shows.
    expect(await matching("bogus")).toHaveLength(all.length);
  });
});
