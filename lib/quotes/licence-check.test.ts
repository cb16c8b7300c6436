// No quote for a controlled product goes out before an approved licence check; the check is audited.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { DomainError } from "@/lib/core/domain-error";
import { saveQuoteDraft } from "@/lib/quotes/drafts";
import { licenceRefusal, recordLicenceCheck } from "@/lib/quotes/licence-check";
import { licenceCheckSchema } from "@/lib/quotes/licence-check-schema";
import { quoteDefaultsFor } from "@/lib/quotes/prefill";
import { quoteFormSchema } from "@/lib/quotes/schema";
import { sendQuote } from "@/lib/quotes/send-quote";
import { createControlledProduct } from "@/tests/controlled-fixtures";
import { createStaff, newInquiry } from "@/tests/inquiry-fixtures";

let actor: { id: string; name: string };
let controlled: { id: number; catalogNumber: string };

beforeAll(async () => {
  const staff = await createStaff({ name: "Lena Licence" });
  actor = { id: staff.id, name: staff.name };
  controlled = await createControlledProduct();
});

const controlledInquiry = () =>
  newInquiry({
    items: [
      {
        productId: controlled.id,
        catalogNumber: controlled.catalogNumber,
        productName: "Testketamine hydrochloride",
        quantity: 1,
        unit: "g",
        grade: "research",
      },
    ],
  });

/** A saved draft for the inquiry: its prefilled lines (if any) plus one priced custom line. */
async function draftFor(inquiryId: string, extraLines: Record<string, string>[] = []) {
  const values = (await quoteDefaultsFor(inquiryId))!;
  const parsed = quoteFormSchema.safeParse({
    ...values,
    inquiryId,
    lines: [
      // A request without items prefills one blank line: left out.
      ...values.lines.filter((l) => l.description).map((l) => ({ ...l, unitPrice: l.unitPrice || "100.00" })),
      { description: "Handling of controlled material", quantity: "1", unitPrice: "80.00" },
      ...extraLines,
    ],
  });
  if (!parsed.success) throw new Error(JSON.stringify(parsed.error.issues));
  return saveQuoteDraft({ form: parsed.data, actor });
}

async function refusalOf(promise: Promise<unknown>) {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(DomainError);
  return error as DomainError;
}

describe("sending a quote for a controlled product", () => {
  it("is refused until a licence check is recorded, and nothing is sent", async () => {
    const inquiry = await controlledInquiry();
    const draft = await draftFor(inquiry.id);
    const error = await refusalOf(sendQuote({ quoteId: draft.id, actor }));
    expect(error.code).toBe("not-allowed");
    expect(error.message).toMatch(/record the licence check/);
    expect(error.message).toContain(controlled.catalogNumber);
    const quote = await db.quote.findUniqueOrThrow({ where: { id: draft.id }, select: { status: true, sentAt: true } });
    expect(quote).toEqual({ status: "DRAFT", sentAt: null });
    expect(await db.outboxMessage.count({ where: { inquiryId: inquiry.id, template: "quote-sent" } })).toBe(0);
  });

  it("is refused after a rejected check, and sent after an approved one", async () => {
    const inquiry = await controlledInquiry();
    const draft = await draftFor(inquiry.id);
    await recordLicenceCheck({ inquiryId: inquiry.id, outcome: "REJECTED", note: "Registration expired in 2025", actor });
    expect((await refusalOf(sendQuote({ quoteId: draft.id, actor }))).message).toMatch(/rejected by Lena Licence/);

    await recordLicenceCheck({ inquiryId: inquiry.id, outcome: "APPROVED", note: "Renewed registration, valid to 2028", actor });
    expect(await licenceRefusal({ inquiryId: inquiry.id, quoteId: draft.id })).toBeNull();
    await sendQuote({ quoteId: draft.id, actor });
    expect((await db.quote.findUniqueOrThrow({ where: { id: draft.id } })).status).toBe("SENT");
  });

  it("is refused when staff add a controlled product to the quote of a request that named none", async () => {
    const inquiry = await newInquiry();
    const draft = await draftFor(inquiry.id, [
      {
        productId: String(controlled.id),
        catalogNumber: controlled.catalogNumber,
        description: "Testketamine hydrochloride",
        packSize: "1 g",
        quantity: "1",
        unitPrice: "300.00",
      },
    ]);
    const line = await db.quoteLine.findFirst({ where: { quoteId: draft.id, productId: controlled.id } });
    expect(line).not.toBeNull();
    expect((await refusalOf(sendQuote({ quoteId: draft.id, actor }))).message).toMatch(/controlled substance/);
  });
});

describe("recording a licence check", () => {
  it("stores who, when and the outcome with its note, and audits it like other staff actions", async () => {
    const inquiry = await controlledInquiry();
    const before = new Date();
    await recordLicenceCheck({ inquiryId: inquiry.id, outcome: "APPROVED", note: "DEA registration RA0123456 checked", actor });
    const check = await db.licenceCheck.findFirstOrThrow({ where: { inquiryId: inquiry.id } });
    expect(check).toMatchObject({ checkedById: actor.id, outcome: "APPROVED", note: "DEA registration RA0123456 checked" });
    expect(check.createdAt.getTime()).toBeGreaterThanOrEqual(before.getTime() - 1000);
    const audit = await db.auditLog.findFirstOrThrow({ where: { inquiryId: inquiry.id, action: "licence-check" } });
    expect(audit).toMatchObject({ actorId: actor.id, after: { outcome: "APPROVED", note: "DEA registration RA0123456 checked" } });
  });

  it("is refused for an inquiry with no controlled product", async () => {
    const inquiry = await newInquiry();
    expect((await refusalOf(recordLicenceCheck({ inquiryId: inquiry.id, outcome: "APPROVED", note: "", actor }))).code).toBe("not-allowed");
    expect(await db.licenceCheck.count({ where: { inquiryId: inquiry.id } })).toBe(0);
  });

  it("needs a note to reject (the schema of the staff form)", () => {
    const result = licenceCheckSchema.safeParse({ inquiryId: "abc123", outcome: "REJECTED", note: "  " });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]).toMatchObject({ path: ["note"], message: "Say why the licence was rejected" });
    expect(licenceCheckSchema.safeParse({ inquiryId: "abc123", outcome: "APPROVED" }).success).toBe(true);
  });
});
