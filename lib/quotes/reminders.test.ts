import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { sendQuoteReminders } from "@/lib/quotes/reminders";
import { checkRequesterLink } from "@/lib/requesters/links";
import { newInquiry } from "@/tests/inquiry-fixtures";
import { newQuote } from "@/tests/order-fixtures";
import { renderedAll } from "@/tests/outbox-fixtures";

// Years ahead of any other test's quotes, so on a shared database only these are due.
const now = new Date("2041-03-10T09:00:00Z");
const sentAt = new Date("2041-02-20T09:00:00Z");
const reminders = async (inquiryId: string) =>
  renderedAll(await db.outboxMessage.findMany({ where: { inquiryId, template: "quote-reminder" } }));

describe("quote reminders", () => {
  it("sends one reminder QUOTE_REMINDER_DAYS before expiry, with the validity and a private link, however often the job runs", async () => {
    const inquiry = await newInquiry();
    // Lapses at the end of 14 March: within 5 days of 10 March 09:00.
    const quote = await newQuote({ inquiryId: inquiry.id, validUntil: "2041-03-14", sentAt, currency: "USD", totalMinor: 250_000 });
    await sendQuoteReminders({ now, days: 5 });
    await sendQuoteReminders({ now: new Date(now.getTime() + 3_600_000), days: 5 });

    const mails = await reminders(inquiry.id);
    expect(mails).toHaveLength(1);
    expect(mails[0]!.subject).toBe(`[${inquiry.reference}] Quote ${quote.number} is valid until 14 March 2041`);
    expect(mails[0]!.text).toContain("$2,500.00");
    const token = mails[0]!.text.match(/\?token=([A-Za-z0-9_-]{43})/)?.[1];
    expect(await checkRequesterLink({ reference: inquiry.reference, token: token ?? "", now })).toMatchObject({ ok: true });
    expect((await db.quote.findUniqueOrThrow({ where: { id: quote.id } })).reminderSentAt).toEqual(now);
  });

  it("sends one reminder when two processes run the job at the same time", async () => {
    const inquiry = await newInquiry();
    await newQuote({ inquiryId: inquiry.id, validUntil: "2041-03-12", sentAt });
    await Promise.all([sendQuoteReminders({ now, days: 5 }), sendQuoteReminders({ now, days: 5 }), sendQuoteReminders({ now, days: 5 })]);
    expect(await reminders(inquiry.id)).toHaveLength(1);
  });

  it("waits until the reminder window, and never reminds of an expired, answered or just-sent quote", async () => {
    const inquiry = await newInquiry();
    const later = await newQuote({ inquiryId: inquiry.id, validUntil: "2041-03-15", sentAt }); // lapses in more than 5 days
    await newQuote({ inquiryId: inquiry.id, validUntil: "2041-03-09", sentAt }); // expired yesterday
    await newQuote({ inquiryId: inquiry.id, validUntil: "2041-03-13", sentAt, status: "DECLINED" });
    const fresh = await newQuote({ inquiryId: inquiry.id, validUntil: "2041-03-13", sentAt: new Date("2041-03-10T08:00:00Z") });
    await sendQuoteReminders({ now, days: 5 });
    expect(await reminders(inquiry.id)).toHaveLength(0);

    // At midnight the first enters its window; the one sent yesterday morning waits for a day to pass.
    await sendQuoteReminders({ now: new Date("2041-03-11T00:00:00Z"), days: 5 });
    await sendQuoteReminders({ now: new Date("2041-03-11T08:00:00Z"), days: 5 });
    const reminded = await db.quote.findMany({
      where: { inquiryId: inquiry.id, reminderSentAt: { not: null } },
      select: { id: true, reminderSentAt: true },
    });
    expect(reminded.sort((a, b) => a.reminderSentAt!.getTime() - b.reminderSentAt!.getTime())).toEqual([
      { id: later.id, reminderSentAt: new Date("2041-03-11T00:00:00Z") },
      { id: fresh.id, reminderSentAt: new Date("2041-03-11T08:00:00Z") },
    ]);
    expect(await reminders(inquiry.id)).toHaveLength(2);
  });
});
