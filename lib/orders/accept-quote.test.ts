import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { DomainError } from "@/lib/core/domain-error";
import type { InquiryStatus } from "@/lib/generated/prisma/enums";
import { acceptanceRefusal, acceptQuote, declineQuote, requestQuoteRenewal, statusPath } from "@/lib/orders/accept-quote";
import { postPageMessage } from "@/lib/requesters/messages";
import { newInquiry, uniqueToken } from "@/tests/inquiry-fixtures";
import { rendered } from "@/tests/outbox-fixtures";

const day = 86_400_000;
const utcDay = (offsetDays: number) => {
  const d = new Date(Date.now() + offsetDays * day);
  return new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()));
};

async function quotedInquiry(status: InquiryStatus = "QUOTED") {
  const inquiry = await newInquiry();
  return db.inquiry.update({ where: { id: inquiry.id }, data: { status } });
}

async function sentQuote(
  inquiryId: string,
  { validUntil = utcDay(30), sentAt = new Date(), number = `QT-T-${uniqueToken()}`, revision = 1 } = {},
) {
  return db.quote.create({
    data: {
      inquiryId,
      number,
      revision,
      status: "SENT",
      currency: "EUR",
      totalMinor: 124_000,
      taxNote: "Excl. VAT",
      paymentTerms: "30 days net",
      incoterms: "DAP",
      validUntil,
      buyerName: "Dr Ana Ruiz",
      buyerInstitution: "Example University",
      sentAt,
      pdf: new Uint8Array(Buffer.from("%PDF-1.7")),
    },
  });
}

const poFile = () => ({
  filename: "po-7781.pdf",
  contentType: "application/pdf",
  size: 9,
  content: new Uint8Array(Buffer.from("%PDF-1.7\n")),
});

async function refusalOf(promise: Promise<unknown>) {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(DomainError);
  return error as DomainError;
}

describe("acceptanceRefusal", () => {
  const now = new Date(Date.UTC(2027, 0, 5, 12));
  const quote = {
    id: "q1",
    status: "SENT" as const,
    validUntil: new Date(Date.UTC(2027, 0, 5)),
    sentAt: new Date(Date.UTC(2026, 11, 1)),
    number: "QT-1",
    revision: 1,
  };

  it("takes the latest sent quote on its last valid day, not the day after", () => {
    expect(acceptanceRefusal(quote, [quote], now)).toBeNull();
    expect(acceptanceRefusal(quote, [quote], new Date(Date.UTC(2027, 0, 6)))?.message).toMatch(/expired on 5 Jan 2027/);
  });

  it("refuses an accepted, declined, superseded or older quote", () => {
    expect(acceptanceRefusal({ ...quote, status: "ACCEPTED" }, [quote], now)?.code).toBe("conflict");
    expect(acceptanceRefusal({ ...quote, status: "DECLINED" }, [quote], now)?.code).toBe("not-allowed");
    expect(acceptanceRefusal({ ...quote, status: "SUPERSEDED" }, [quote], now)?.code).toBe("not-allowed");
    const newer = { ...quote, id: "q2", sentAt: new Date(Date.UTC(2026, 11, 2)) };
    expect(acceptanceRefusal(quote, [quote, newer], now)?.message).toMatch(/newer quote/);
  });
});

describe("statusPath", () => {
  it("reaches Won only through the workflow's allowed steps", () => {
    expect(statusPath("QUOTED", "WON")).toEqual(["WON"]);
    expect(statusPath("NEW", "WON")).toEqual(["QUOTED", "WON"]);
    expect(statusPath("LOST", "WON")).toEqual(["IN_REVIEW", "QUOTED", "WON"]);
    expect(statusPath("SPAM", "WON")).toEqual([]);
  });
});

describe("acceptQuote", () => {
  it("accepts, creates the numbered order with the PO file, moves the inquiry to Won and mails both sides", async () => {
    const assignee = await db.staffMember.create({ data: { email: `${uniqueToken("s")}@reagentdesk.example`, name: "Dana" } });
    const inquiry = await db.inquiry.update({ where: { id: (await quotedInquiry()).id }, data: { assigneeId: assignee.id } });
    const quote = await sentQuote(inquiry.id);
    const { orderNumber } = await acceptQuote({
      inquiry,
      quoteId: quote.id,
      acceptedByName: "Dr Ana Ruiz",
      poNumber: "PO-7781",
      poFile: poFile(),
    });

    expect(orderNumber).toMatch(new RegExp(`^SO-${new Date().getUTCFullYear()}-\\d{6}$`));
    expect(await db.quote.findUniqueOrThrow({ where: { id: quote.id } })).toMatchObject({
      status: "ACCEPTED",
      acceptedByName: "Dr Ana Ruiz",
    });
    const order = await db.order.findUniqueOrThrow({ where: { number: orderNumber } });
    expect(order).toMatchObject({ quoteId: quote.id, status: "CONFIRMED", poNumber: "PO-7781", currency: "EUR", totalMinor: 124_000 });
    const po = await db.inquiryAttachment.findUniqueOrThrow({ where: { id: order.poAttachmentId! }, include: { message: true } });
    expect(po).toMatchObject({
      filename: "po-7781.pdf",
      message: { inquiryId: inquiry.id, direction: "INBOUND", matchedBy: "requester-page" },
    });
    expect((await db.inquiry.findUniqueOrThrow({ where: { id: inquiry.id } })).status).toBe("WON");
    const mail = await db.outboxMessage.findMany({
      where: { inquiryId: inquiry.id, template: { in: ["quote-response-staff", "order-confirmation"] } },
    });
    expect(mail.map((m) => [m.template, m.toAddress]).sort()).toEqual([
      ["order-confirmation", inquiry.email],
      ["quote-response-staff", assignee.email],
    ]);
    expect((await rendered(mail.find((m) => m.template === "order-confirmation")!)).text).toContain(orderNumber);

    // Twice: a conflict, and no second order.
    expect((await refusalOf(acceptQuote({ inquiry, quoteId: quote.id, acceptedByName: "X", poNumber: "PO-2" }))).code).toBe("conflict");
    expect(await db.order.count({ where: { inquiryId: inquiry.id } })).toBe(1);
  });

  it("numbers orders one after another", async () => {
    const numbers: number[] = [];
    for (let i = 0; i < 2; i++) {
      const inquiry = await quotedInquiry();
      const quote = await sentQuote(inquiry.id);
      const { orderNumber } = await acceptQuote({ inquiry, quoteId: quote.id, acceptedByName: "A", poNumber: `PO-${i}` });
      numbers.push(Number(orderNumber.slice(-6)));
    }
    // On a shared database another test may take a number in between; never the same one, never back.
    expect(numbers[1]!).toBeGreaterThan(numbers[0]!);
  });

  it("refuses an expired quote, an older one, a declined one, and another request's quote", async () => {
    const inquiry = await quotedInquiry();
    const expired = await sentQuote(inquiry.id, { validUntil: utcDay(-1), sentAt: new Date(Date.now() - 40 * day) });
    expect((await refusalOf(acceptQuote({ inquiry, quoteId: expired.id, acceptedByName: "A", poNumber: "P" }))).message).toMatch(/expired/);

    const older = await sentQuote(inquiry.id, { sentAt: new Date(Date.now() - 2 * day) });
    const latest = await sentQuote(inquiry.id);
    expect((await refusalOf(acceptQuote({ inquiry, quoteId: older.id, acceptedByName: "A", poNumber: "P" }))).message).toMatch(
      /newer quote/,
    );

    await declineQuote({ inquiry, quoteId: latest.id, reason: "Budget moved to next year" });
    expect((await refusalOf(acceptQuote({ inquiry, quoteId: latest.id, acceptedByName: "A", poNumber: "P" }))).message).toMatch(/declined/);
    expect(await db.quote.findUniqueOrThrow({ where: { id: latest.id } })).toMatchObject({
      status: "DECLINED",
      declineReason: "Budget moved to next year",
    });

    const other = await quotedInquiry();
    const othersQuote = await sentQuote(other.id);
    expect((await refusalOf(acceptQuote({ inquiry, quoteId: othersQuote.id, acceptedByName: "A", poNumber: "P" }))).code).toBe("not-found");
    expect(await db.order.count({ where: { inquiryId: { in: [inquiry.id, other.id] } } })).toBe(0);
  });

  it("takes one renewal request per expired quote", async () => {
    const inquiry = await quotedInquiry();
    const expired = await sentQuote(inquiry.id, { validUntil: utcDay(-3) });
    await requestQuoteRenewal({ inquiry, quoteId: expired.id });
    expect((await db.quote.findUniqueOrThrow({ where: { id: expired.id } })).renewalRequestedAt).not.toBeNull();
    expect((await refusalOf(requestQuoteRenewal({ inquiry, quoteId: expired.id }))).code).toBe("conflict");
    const valid = await sentQuote(inquiry.id);
    expect((await refusalOf(requestQuoteRenewal({ inquiry, quoteId: valid.id }))).code).toBe("not-allowed");
  });
});

describe("a question from the page", () => {
  it("joins the conversation as inbound mail does, not the internal notes, and reopens a finished inquiry", async () => {
    const inquiry = await quotedInquiry("WON");
    const word = uniqueToken("word");
    const mol = { filename: "ligand.mol", contentType: "chemical/x-mdl-molfile", size: 4, content: new Uint8Array(Buffer.from("\n  M")) };
    await postPageMessage({ inquiry, text: `Is the ${word} salt available?`, files: [mol] });

    const messages = await db.inquiryMessage.findMany({ where: { inquiryId: inquiry.id }, include: { attachments: true } });
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatchObject({ direction: "INBOUND", matchedBy: "requester-page", fromAddress: inquiry.email.toLowerCase() });
    expect(messages[0]!.attachments.map((a) => a.filename)).toEqual(["ligand.mol"]);
    expect(await db.inquiryNote.count({ where: { inquiryId: inquiry.id } })).toBe(0);
    const after = await db.inquiry.findUniqueOrThrow({ where: { id: inquiry.id } });
    expect(after.searchText).toContain(word);
    expect(after.status).toBe("IN_REVIEW");
  });
});
