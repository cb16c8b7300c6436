import { createElement } from "react";
import { beforeAll, describe, expect, it } from "vitest";
import StaffSignIn from "@/emails/staff-sign-in";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import type { InquiryKind } from "@/lib/generated/prisma/enums";
import { renderEmail } from "@/lib/mail/render";
import { sendReply } from "@/lib/triage/replies";
import {
  createStaff,
  customSynthesisForm,
  ensureTestProduct,
  quoteForm,
  submitOk,
  supportForm,
  TEST_PRODUCT,
} from "@/tests/inquiry-fixtures";
import { rendered, renderedAll } from "@/tests/outbox-fixtures";

/** The "Label: value" lines of a plain-text part, as a reader (or a mail filter) would pick them out. */
function labelLines(text: string) {
  return new Map(
    text
      .split("\n")
      .map((line) => /^([^:\s][^:]*): (.+)$/.exec(line))
      .filter((m): m is RegExpExecArray => m !== null)
      .map((m) => [m[1]!, m[2]!]),
  );
}

async function emailsOf(kind: InquiryKind, form: FormData) {
  const inquiry = await submitOk(kind, form);
  const messages = await renderedAll(await db.outboxMessage.findMany({ where: { inquiryId: inquiry.id } }));
  const text = (template: string) => messages.find((m) => m.template === template)!.text;
  return { inquiry, staff: text("inquiry-staff"), ack: text("inquiry-ack") };
}

const product = `${TEST_PRODUCT.catalogNumber} ${TEST_PRODUCT.name}`;

beforeAll(async () => {
  await ensureTestProduct();
});

describe("plain-text parts read as Label: value lines (issue 17.2)", () => {
  it("quote request: staff notification and acknowledgment", async () => {
    const { inquiry, staff, ack } = await emailsOf(
      "QUOTE",
      quoteForm({ phone: "+34 600 000 000", poReference: "PO-7781", notes: "Two lots please.\nSame batch if possible." }),
    );
    const lines = labelLines(staff);
    expect(Object.fromEntries(lines)).toMatchObject({
      Name: "Dr Ana Ruiz",
      Email: inquiry.email,
      Institution: "Example University",
      Country: "Spain",
      Phone: "+34 600 000 000",
      [product]: "10 mg, Research grade",
      "PO / reference": "PO-7781",
      Notes: "Two lots please.",
    });
    // A value's later lines stay with it, indented, instead of running into the next label.
    expect(staff).toContain("Notes: Two lots please.\n  Same batch if possible.");
    expect(staff).not.toMatch(/NameDr|InstitutionExample/);
    expect(Object.fromEntries(labelLines(ack))).toMatchObject({
      Reference: inquiry.reference,
      Request: "Quote request",
      [TEST_PRODUCT.catalogNumber]: TEST_PRODUCT.name,
    });
  });

  it("custom synthesis request: staff notification and acknowledgment", async () => {
    const { inquiry, staff, ack } = await emailsOf(
      "CUSTOM_SYNTHESIS",
      customSynthesisForm({ cas: "1867-66-9", deadline: "2026-12-31", documents: ["CoA", "NMR"] }),
    );
    expect(Object.fromEntries(labelLines(staff))).toMatchObject({
      Name: "Dr Ana Ruiz",
      Email: inquiry.email,
      Compound: "Ketamine-d4",
      "CAS number": "1867-66-9",
      Quantity: "5 g",
      Purity: "≥98%",
      Grade: "Research grade",
      "Documents wanted": "CoA, NMR",
      Deadline: "2026-12-31",
      "NDA needed": "No",
    });
    expect(Object.fromEntries(labelLines(ack))).toMatchObject({ Reference: inquiry.reference, Request: "Custom synthesis request" });
  });

  it("support request: staff notification and acknowledgment", async () => {
    const { inquiry, staff, ack } = await emailsOf("SUPPORT", supportForm({ solvent: "Saline", ph: "7.4" }));
    expect(Object.fromEntries(labelLines(staff))).toMatchObject({
      Name: "Dr Ana Ruiz",
      Email: inquiry.email,
      [product]: "Product concerned",
      "Application / assay": "Forced-swim test",
      "Solvent / vehicle": "Saline",
      pH: "7.4",
      Question: "Which vehicle suits i.p. dosing in mice?",
    });
    expect(Object.fromEntries(labelLines(ack))).toMatchObject({
      Reference: inquiry.reference,
      Request: "PhD support compatibility check",
      [TEST_PRODUCT.catalogNumber]: TEST_PRODUCT.name,
    });
  });

  it("staff reply: paragraphs kept, the reference on its own line", async () => {
    const actor = await createStaff({ name: "Ada Admin" });
    const inquiry = await submitOk("QUOTE", quoteForm());
    await sendReply({ inquiryId: inquiry.id, body: "Dear Dr Ruiz,\n\n25 mg is in stock.\nLead time: 2 days.", actor });
    const { text } = await rendered(await db.outboxMessage.findFirstOrThrow({ where: { inquiryId: inquiry.id, template: "staff-reply" } }));
    expect(text).toContain("Dear Dr Ruiz,\n\n25 mg is in stock.\nLead time: 2 days.");
    expect(labelLines(text).get("Reference")).toBe(inquiry.reference);
  });

  it("sign-in: the link on a line of its own, whole", async () => {
    const url = `${env.SITE_URL}/api/auth/callback/email?callbackUrl=%2Fstaff&token=abc123&email=a%40reagentdesk.example`;
    const { text } = await renderEmail(createElement(StaffSignIn, { url, host: "localhost:3000", validMinutes: 30 }));
    expect(text.split("\n")).toContain(url);
  });
});
