import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { DomainError } from "@/lib/core/domain-error";
import { hashToken } from "@/lib/requesters/links";
import { saveQuoteDraft, reviseQuote } from "@/lib/quotes/drafts";
import { quoteLabel } from "@/lib/core/quote-terms";
import { formatQuoteNumber, nextQuoteNumber } from "@/lib/quotes/numbering";
import { matchPack, quoteDefaultsFor } from "@/lib/quotes/prefill";
import { quotePdfFor } from "@/lib/quotes/quote-pdf";
import { quoteFormSchema, type QuoteForm } from "@/lib/quotes/schema";
import { sendQuote } from "@/lib/quotes/send-quote";
import { createTestProduct } from "@/tests/catalog-fixtures";
import { createStaff, newInquiry, uniqueToken } from "@/tests/inquiry-fixtures";
import { pdfText } from "@/tests/pdf-text";
import { rendered } from "@/tests/outbox-fixtures";

let actor: { id: string; name: string };
let product: { id: number; catalogNumber: string };

beforeAll(async () => {
  const staff = await createStaff({ name: "Quentin Quoter" });
  actor = { id: staff.id, name: staff.name };
  const token = uniqueToken();
  const compound = await db.compound.create({ data: { slug: `quote-test-${token}`, name: `Quote test ${token}` } });
  product = await createTestProduct({
    catalogNumber: `QT${token.slice(1, 9).toUpperCase()}`,
    compoundId: compound.id,
    token,
    description: "A product that exists only in quote tests.",
    data: { name: "Testamide µ-hydrochloride", availability: "In stock" },
  });
  for (const [position, [amount, usd, eur, gbp]] of [
    [1, 16500, 15200, 13100],
    [10, 98000, 90400, 77900],
  ].entries()) {
    await db.packSize.create({
      data: {
        productId: product.id,
        amount: amount!,
        unit: "mg",
        position,
        prices: {
          create: [
            { currency: "USD", amountMinor: usd! },
            { currency: "EUR", amountMinor: eur! },
            { currency: "GBP", amountMinor: gbp! },
          ],
        },
      },
    });
  }
});

/** An inquiry from Spain for 10 mg and 1 mg of the test product. */
function spanishInquiry() {
  return newInquiry({
    country: "Spain",
    items: [
      {
        productId: product.id,
        catalogNumber: product.catalogNumber,
        productName: "Testamide µ-hydrochloride",
        quantity: 10,
        unit: "mg",
        grade: "research",
      },
      {
        productId: product.id,
        catalogNumber: product.catalogNumber,
        productName: "Testamide µ-hydrochloride",
        quantity: 3,
        unit: "mg",
        grade: undefined,
      },
    ],
  });
}

/** The builder's form for an inquiry, as prefilled, with one custom line added. */
async function builderForm(inquiryId: string, changes: Partial<Record<string, unknown>> = {}): Promise<QuoteForm> {
  const values = (await quoteDefaultsFor(inquiryId))!;
  const parsed = quoteFormSchema.safeParse({
    ...values,
    inquiryId,
    lines: [
      // The schema drops what the form does not send (the list prices).
      ...values.lines,
      { description: "Analytical package — ¹H NMR, LC-MS", quantity: "1", unitPrice: "250.00", discount: "10" },
    ],
    shipping: "45.50",
    ...changes,
  });
  if (!parsed.success) throw new Error(JSON.stringify(parsed.error.issues));
  return parsed.data;
}

describe("numbering", () => {
  it("prints QT-year-six digits, and revisions after the first with -R", async () => {
    expect(formatQuoteNumber(2026, 123)).toBe("QT-2026-000123");
    expect(quoteLabel({ number: "QT-2026-000123", revision: 1 })).toBe("QT-2026-000123");
    expect(quoteLabel({ number: "QT-2026-000123", revision: 2 })).toBe("QT-2026-000123-R2");
    const now = new Date("2026-12-06T10:00:00Z");
    const first = await nextQuoteNumber(now);
    const second = await nextQuoteNumber(now);
    expect(first).toMatch(/^QT-2026-\d{6}$/);
    expect(Number(second.slice(-6))).toBe(Number(first.slice(-6)) + 1);
  });
});

describe("prefill", () => {
  it("picks the exact pack, else enough of the largest pack below the amount", () => {
    const packs = [
      { amount: 1, unit: "mg", prices: [] },
      { amount: 10, unit: "mg", prices: [] },
    ];
    expect(matchPack({ quantity: 10, unit: "mg" }, packs)).toEqual({ pack: packs[1], quantity: 1 });
    expect(matchPack({ quantity: 3, unit: "mg" }, packs)).toEqual({ pack: packs[0], quantity: 3 });
    expect(matchPack({ quantity: 25, unit: "mg" }, packs)).toEqual({ pack: packs[1], quantity: 3 });
    expect(matchPack({ quantity: 2, unit: "g" }, packs)).toEqual({ pack: packs[0], quantity: 1 });
    expect(matchPack({ quantity: 2, unit: "mg" }, [])).toBeNull();
  });

  it("prices the inquiry's items in the requester's currency, with reverse-charge wording in the EU", async () => {
    const inquiry = await spanishInquiry();
    const values = (await quoteDefaultsFor(inquiry.id))!;
    expect(values.currency).toBe("EUR");
    expect(values.lines.map((l) => [l.catalogNumber, l.packSize, l.quantity, l.unitPrice, l.grade])).toEqual([
      [product.catalogNumber, "10 mg", "1", "904.00", "research"],
      [product.catalogNumber, "1 mg", "3", "152.00", ""],
    ]);
    expect(values.lines[0]!.listPrices).toEqual({ USD: 98000, EUR: 90400, GBP: 77900 });
    expect(values.taxNote).toMatch(/^Prices exclude VAT and sales tax\. .*reverse-charge/);
    expect(values.buyerName).toBe(inquiry.name);

    const american = await newInquiry({ country: "USA" });
    const us = (await quoteDefaultsFor(american.id))!;
    expect(us.currency).toBe("USD");
    expect(us.taxNote).toBe("Prices exclude VAT and sales tax.");
  });
});

describe("sending", () => {
  it("freezes totals and the PDF, queues the email with the PDF and a private link, and moves the inquiry to Quoted", async () => {
    const inquiry = await spanishInquiry();
    const draft = await saveQuoteDraft({ form: await builderForm(inquiry.id), actor });
    expect(draft.revision).toBe(1);
    const sentAt = new Date("2026-12-06T09:30:00Z");
    await sendQuote({ quoteId: draft.id, actor, now: sentAt });

    const quote = await db.quote.findUniqueOrThrow({ where: { id: draft.id } });
    // 904.00 + 3 × 152.00 + (250.00 − 10%) = 1,585.00; + 45.50 shipping.
    expect([quote.status, quote.subtotalMinor, quote.totalMinor, quote.sentAt]).toEqual(["SENT", 158500, 163050, sentAt]);
    expect((await db.inquiry.findUniqueOrThrow({ where: { id: inquiry.id } })).status).toBe("QUOTED");

    const mail = await rendered(
      await db.outboxMessage.findFirstOrThrow({ where: { inquiryId: inquiry.id, template: "quote-sent" }, include: { attachments: true } }),
    );
    expect(mail.toAddress).toBe(inquiry.email);
    expect(mail.inReplyTo).toMatch(/^<ack\./);
    expect(mail.attachments).toHaveLength(1);
    expect(mail.attachments[0]).toMatchObject({ filename: `${draft.number}.pdf`, contentType: "application/pdf" });
    expect(Buffer.from(mail.attachments[0]!.content).equals(Buffer.from(quote.pdf!))).toBe(true);
    const token = new RegExp(`/requests/${inquiry.reference}\\?token=([A-Za-z0-9_-]{43})`).exec(mail.text)?.[1];
    expect(token).toBeDefined();
    const link = await db.requesterLink.findUniqueOrThrow({ where: { tokenHash: hashToken(token!) } });
    expect(link.inquiryId).toBe(inquiry.id);

    const message = await db.inquiryMessage.findFirstOrThrow({ where: { inquiryId: inquiry.id, direction: "OUTBOUND" } });
    expect(message.text).toContain(`Quote ${draft.number} sent`);
    expect(message.text).not.toContain(token);

    // NFKC: the font draws µ (micro sign) and μ (Greek mu) with one glyph, which extracts as μ.
    const text = (await pdfText(quote.pdf!)).normalize("NFKC");
    for (const expected of [
      draft.number,
      inquiry.reference,
      product.catalogNumber,
      "Testamide µ-hydrochloride",
      "Analytical package — ¹H NMR, LC-MS",
      "€904.00",
      "€1,585.00",
      "€45.50",
      "€1,630.50",
      "Total (EUR)",
      "Valid until",
      "reverse-charge",
      "For research use only",
      `/requests/${inquiry.reference}`,
    ])
      expect(text).toContain(expected.normalize("NFKC"));
    expect(text).not.toContain("token=");
    expect((await quotePdfFor(draft.id))!.bytes.equals(Buffer.from(quote.pdf!))).toBe(true);
  });

  it("never changes a sent quote: saving or sending it again is refused", async () => {
    const inquiry = await spanishInquiry();
    const draft = await saveQuoteDraft({ form: await builderForm(inquiry.id), actor });
    await sendQuote({ quoteId: draft.id, actor });
    const edit = saveQuoteDraft({ form: await builderForm(inquiry.id, { quoteId: draft.id, shipping: "0" }), actor });
    await expect(edit).rejects.toBeInstanceOf(DomainError);
    await expect(edit).rejects.toMatchObject({ code: "conflict" });
    await expect(sendQuote({ quoteId: draft.id, actor })).rejects.toMatchObject({ code: "conflict" });
    expect((await db.quote.findUniqueOrThrow({ where: { id: draft.id } })).shippingMinor).toBe(4550);
  });

  it("a revision copies the lines and, once sent, supersedes the earlier revision, which is kept", async () => {
    const inquiry = await spanishInquiry();
    const first = await saveQuoteDraft({ form: await builderForm(inquiry.id), actor });
    await sendQuote({ quoteId: first.id, actor });
    const revision = await reviseQuote({ quoteId: first.id, actor });
    expect(revision).toMatchObject({ number: first.number, revision: 2 });
    expect(await reviseQuote({ quoteId: first.id, actor })).toEqual(revision);
    expect(await db.quoteLine.count({ where: { quoteId: revision.id } })).toBe(3);
    expect((await db.quote.findUniqueOrThrow({ where: { id: first.id } })).status).toBe("SENT");

    await saveQuoteDraft({ form: await builderForm(inquiry.id, { quoteId: revision.id, shipping: "0" }), actor });
    await sendQuote({ quoteId: revision.id, actor });
    const both = await db.quote.findMany({ where: { number: first.number }, orderBy: { revision: "asc" } });
    expect(both.map((q) => [q.revision, q.status, q.totalMinor])).toEqual([
      [1, "SUPERSEDED", 163050],
      [2, "SENT", 158500],
    ]);
    const mail = await rendered(
      await db.outboxMessage.findFirstOrThrow({ where: { messageId: { contains: revision.id } }, include: { attachments: true } }),
    );
    expect(mail.attachments[0]!.filename).toBe(`${first.number}-R2.pdf`);
    expect(mail.text).toContain(`replaces quote ${first.number}`);
  });

  it("refuses a quote above the largest total", async () => {
    const inquiry = await spanishInquiry();
    const form = await builderForm(inquiry.id, {
      lines: [{ description: "Bulk amount", quantity: "100000", unitPrice: "1000000.00", discount: "" }],
    });
    await expect(saveQuoteDraft({ form, actor })).rejects.toMatchObject({ code: "invalid" });
  });
});

describe("PDF", () => {
  it("renders the same bytes twice for the same draft", async () => {
    const inquiry = await spanishInquiry();
    const draft = await saveQuoteDraft({ form: await builderForm(inquiry.id), actor });
    const [a, b] = [await quotePdfFor(draft.id), await quotePdfFor(draft.id)];
    expect(a!.bytes.subarray(0, 5).toString()).toBe("%PDF-");
    expect(a!.bytes.equals(b!.bytes)).toBe(true);
    expect(await pdfText(a!.bytes)).toContain("DRAFT QUOTATION");
  });
});
