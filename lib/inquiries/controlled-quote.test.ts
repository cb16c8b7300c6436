// A quote request naming a controlled product: the one schema's rule (browser and server), the
// licence document kept as an attachment, and the JSON API's refusal.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { formValues, parseForm } from "@/lib/core/form-data";
import { quoteSchemaFor } from "@/lib/inquiries/schema";
import { submitInquiry } from "@/lib/inquiries/submit-inquiry";
import { createControlledProduct, pdfFile } from "@/tests/controlled-fixtures";
import { ensureTestProduct, quoteForm, submitOk, TEST_PRODUCT, uniqueToken } from "@/tests/inquiry-fixtures";

let controlled: { id: number; catalogNumber: string };
const END_USE = "NMDA receptor electrophysiology in rat hippocampal slices, in our university laboratory only.";

beforeAll(async () => {
  await ensureTestProduct();
  controlled = await createControlledProduct();
});

const controlledQuote = (overrides: Record<string, string | string[]> = {}) =>
  quoteForm({ "items.0.catalogNumber": controlled.catalogNumber, ...overrides });

describe("the quote schema's licence rule", () => {
  it("asks for the licence number, document and end use beside their fields when a controlled product is named", () => {
    const schema = quoteSchemaFor([controlled.catalogNumber]);
    const result = parseForm(schema, formValues(controlledQuote()));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.fieldErrors.licenceNumber).toMatch(new RegExp(`${controlled.catalogNumber} is a controlled substance`));
    expect(result.fieldErrors.licenceDocument).toMatch(/copy of your licence/);
    expect(result.fieldErrors.endUse).toMatch(/end use/);
  });

  it("accepts the request with all three, and a product that is not controlled without them", () => {
    const schema = quoteSchemaFor([controlled.catalogNumber]);
    const complete = controlledQuote({ licenceNumber: "RA0123456", endUse: END_USE });
    complete.append("licenceDocument", pdfFile());
    expect(parseForm(schema, formValues(complete)).ok).toBe(true);
    // The rule follows the list: the same product is free to request when it is not listed.
    expect(parseForm(quoteSchemaFor([]), formValues(controlledQuote())).ok).toBe(true);
    expect(parseForm(schema, formValues(quoteForm())).ok).toBe(true);
  });

  it("refuses a licence document of another type, and a one-line end use", () => {
    const schema = quoteSchemaFor([controlled.catalogNumber]);
    const data = controlledQuote({ licenceNumber: "RA0123456", endUse: "research" });
    data.append("licenceDocument", new File(["x"], "licence.docx"));
    const result = parseForm(schema, formValues(data));
    expect(result.ok ? {} : result.fieldErrors).toMatchObject({
      licenceDocument: "Send the licence as a PDF, PNG or JPEG file",
      endUse: expect.stringMatching(/at least 30 characters/),
    });
  });
});

describe("submitting a quote request for a controlled product", () => {
  it("is refused on the server without a licence, with the fields' errors and everything typed kept", async () => {
    const result = await submitInquiry({
      kind: "QUOTE",
      formData: controlledQuote({ notes: "Please ship on dry ice" }),
      submitterIp: uniqueToken("ip-"),
    });
    expect(result).toMatchObject({
      status: "error",
      reason: "invalid",
      fieldErrors: { licenceNumber: expect.any(String), licenceDocument: expect.any(String), endUse: expect.any(String) },
      values: { notes: "Please ship on dry ice", "items.0.catalogNumber": controlled.catalogNumber },
    });
  });

  it("is refused when the document is only a typed file name, or not a real PDF", async () => {
    const typed = await submitInquiry({
      kind: "QUOTE",
      formData: controlledQuote({ licenceNumber: "RA0123456", endUse: END_USE, licenceDocument: "licence.pdf" }),
      submitterIp: uniqueToken("ip-"),
    });
    expect(typed).toMatchObject({ status: "error", fieldErrors: { licenceDocument: expect.stringMatching(/Attach one copy/) } });

    const fake = controlledQuote({ licenceNumber: "RA0123456", endUse: END_USE });
    fake.append("licenceDocument", new File(["not a pdf"], "licence.pdf"));
    const result = await submitInquiry({ kind: "QUOTE", formData: fake, submitterIp: uniqueToken("ip-") });
    expect(result).toMatchObject({ status: "error", fieldErrors: { licenceDocument: "licence.pdf does not look like a .pdf file" } });
  });

  it("stores the licence number and end use with the inquiry, and the document as an attachment staff can open", async () => {
    const data = controlledQuote({ licenceNumber: "RA0123456", endUse: END_USE });
    data.append("licenceDocument", pdfFile("dea-registration.pdf"));
    const inquiry = await submitOk("QUOTE", data);
    expect(inquiry.details).toMatchObject({ licenceNumber: "RA0123456", licenceDocument: "dea-registration.pdf", endUse: END_USE });
    const message = await db.inquiryMessage.findFirstOrThrow({
      where: { inquiryId: inquiry.id, matchedBy: "quote-form" },
      select: { direction: true, attachments: { select: { filename: true, contentType: true, content: true } } },
    });
    expect(message.direction).toBe("INBOUND");
    expect(message.attachments).toHaveLength(1);
    expect(message.attachments[0]).toMatchObject({ filename: "dea-registration.pdf", contentType: "application/pdf" });
    expect(new TextDecoder().decode(message.attachments[0]!.content).startsWith("%PDF-")).toBe(true);
  });

  it("through the JSON API is refused with the product's field pointing to the web form", async () => {
    const data = controlledQuote({ licenceNumber: "RA0123456", endUse: END_USE });
    data.append("licenceDocument", pdfFile());
    const before = await db.inquiry.count();
    const result = await submitInquiry({ kind: "QUOTE", formData: data, submitterIp: uniqueToken("ip-"), channel: "api" });
    expect(result).toMatchObject({
      status: "error",
      reason: "invalid",
      fieldErrors: {
        "items.0.catalogNumber": expect.stringMatching(/controlled substance: request it through the quote form at .*\/quote/),
      },
    });
    expect(await db.inquiry.count()).toBe(before);
    // A product that is not controlled still goes through the API.
    expect(await submitInquiry({ kind: "QUOTE", formData: quoteForm(), submitterIp: uniqueToken("ip-"), channel: "api" })).toMatchObject({
      status: "ok",
    });
    expect(TEST_PRODUCT.catalogNumber).not.toBe(controlled.catalogNumber);
  });
});
