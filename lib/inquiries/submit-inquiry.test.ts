import { randomUUID } from "node:crypto";
import nodemailer from "nodemailer";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { seedCatalog } from "@/lib/catalog/seed-catalog";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { submitInquiry } from "@/lib/inquiries/submit-inquiry";
import { deliverDueMessages } from "@/lib/mail/outbox";
import * as catalog from "@/prisma/seed-data/catalog";
import { startSmtpSink, type SmtpSink } from "@/tests/smtp-sink";
import { rendered } from "@/tests/outbox-fixtures";

let smtp: SmtpSink;
const transport = () => nodemailer.createTransport(smtp.url);

function form(values: Record<string, string | string[]>) {
  const data = new FormData();
  for (const [key, value] of Object.entries(values)) for (const v of [value].flat()) data.append(key, v);
  return data;
}

let emailCounter = 0;
const runId = randomUUID().slice(0, 8);
function quoteForm(extra: Record<string, string> = {}) {
  return form({
    idempotencyKey: randomUUID(),
    name: "Dr Ana Ruiz",
    // A domain per form: acknowledgments are capped per recipient domain.
    email: `ana.ruiz@lab${++emailCounter}-${runId}.example.edu`,
    institution: "Example University",
    country: "Spain",
    researchUseAcknowledged: "on",
    "items.0.catalogNumber": "b8105958",
    "items.0.quantity": "10",
    "items.0.unit": "mg",
    "items.0.grade": "research",
    ...extra,
  });
}

beforeAll(async () => {
  await seedCatalog(db, catalog);
  smtp = await startSmtpSink();
});
afterAll(async () => {
  await smtp.stop();
});
beforeEach(async () => {
  // Earlier tests' mail must not be delivered into this test's assertions.
  await db.outboxMessage.updateMany({ where: { status: "PENDING" }, data: { status: "FAILED" } });
  smtp.messages.length = 0;
});

describe("submitting an inquiry", () => {
  it("stores a quote with its two emails, then delivers both to the SMTP server", async () => {
    const result = await submitInquiry({ kind: "QUOTE", formData: quoteForm({ poReference: "PO-7781" }), submitterIp: "203.0.113.5" });
    expect(result.status).toBe("ok");
    if (result.status !== "ok") return;
    expect(result.reference).toMatch(/^Q-\d{4}-\d{6}$/);

    const inquiry = await db.inquiry.findUniqueOrThrow({
      where: { reference: result.reference },
      include: { items: true, messages: true },
    });
    expect(inquiry.items).toMatchObject([
      { catalogNumber: "B8105958", productName: "LY3020371 hydrochloride", quantity: 10, unit: "mg", grade: "research" },
    ]);
    expect(inquiry.messages.map((m) => m.status)).toEqual(["PENDING", "PENDING"]);

    const report = await deliverDueMessages({ transport: transport() });
    expect(report).toMatchObject({ sent: 2, failed: 0 });
    const staff = smtp.messages.find((m) => m.to && "text" in m.to && m.to.text === env.QUOTES_INBOX)!;
    const ack = smtp.messages.find((m) => m.to && "text" in m.to && m.to.text === inquiry.email)!;
    expect(staff.subject).toContain(`[${result.reference}] Quote request from Dr Ana Ruiz, Example University`);
    expect(staff.replyTo?.text).toBe(inquiry.email);
    expect(staff.messageId).toBe(inquiry.messageId);
    expect(staff.text).toContain("LY3020371 hydrochloride");
    expect(staff.text).toContain("PO-7781");
    expect(ack.subject).toBe(`[${result.reference}] We received your quote request`);
    expect(ack.replyTo?.text).toBe(env.QUOTES_INBOX);
    expect(ack.html).toContain("For research use only");
    expect(await db.outboxMessage.count({ where: { inquiryId: inquiry.id, status: "SENT" } })).toBe(2);
  });

  it("routes each kind to its own staff inbox with its own reference prefix", async () => {
    const synthesis = await submitInquiry({
      kind: "CUSTOM_SYNTHESIS",
      formData: form({
        ...(Object.fromEntries(quoteForm().entries()) as Record<string, string>),
        compoundName: "Ketamine-d4",
        smiles: "Cl.CNC1(CCCCC1=O)c1ccccc1Cl",
        quantity: "5",
        unit: "g",
        purity: "≥98%",
        labelling: "2H",
        labelPositions: "ring d4",
        grade: "bulk",
        documents: ["CoA", "NMR"],
        endUse: "Internal standard for an LC-MS assay in our pharmacology department",
      }),
    });
    const support = await submitInquiry({
      kind: "SUPPORT",
      formData: form({
        ...(Object.fromEntries(quoteForm().entries()) as Record<string, string>),
        catalogNumbers: "B8105958, b8106012",
        application: "Forced-swim test",
        question: "Which vehicle suits i.p. dosing in mice?",
      }),
    });
    expect(synthesis).toMatchObject({ status: "ok", reference: expect.stringMatching(/^CS-\d{4}-\d{6}$/) });
    expect(support).toMatchObject({ status: "ok", reference: expect.stringMatching(/^SUP-\d{4}-\d{6}$/) });
    await deliverDueMessages({ transport: transport() });
    const to = smtp.messages.map((m) => (m.to && "text" in m.to ? m.to.text : ""));
    expect(to).toEqual(expect.arrayContaining([env.SYNTHESIS_INBOX, env.SUPPORT_INBOX]));
    const supportInquiry = await db.inquiry.findUniqueOrThrow({
      where: { reference: (support as { reference: string }).reference },
      include: { items: true },
    });
    expect(supportInquiry.items.map((i) => i.catalogNumber)).toEqual(["B8105958", "B8106012"]);
  });

  it("creates one inquiry however often the same form is submitted", async () => {
    const data = quoteForm();
    const results = await Promise.all([1, 2, 3].map(() => submitInquiry({ kind: "QUOTE", formData: data })));
    const references = new Set(results.map((r) => (r.status === "ok" ? r.reference : r.status)));
    expect(references.size).toBe(1);
    const key = data.get("idempotencyKey") as string;
    expect(await db.inquiry.count({ where: { idempotencyKey: key } })).toBe(1);
    expect(await db.outboxMessage.count({ where: { inquiry: { idempotencyKey: key } } })).toBe(2);
  });

  it("stores every one of many simultaneous submissions, each with its own reference", async () => {
    // Regression: on the embedded database, concurrent submitters' queries once interleaved on the
    // wire and failed. Four submitters in a loop, as a burst of visitors would.
    const results: Awaited<ReturnType<typeof submitInquiry>>[] = [];
    await Promise.all(
      [0, 1, 2, 3].map(async (worker) => {
        for (let i = 0; i < 6; i++)
          results.push(await submitInquiry({ kind: "QUOTE", formData: quoteForm(), submitterIp: `192.0.2.${worker * 10 + i}` }));
      }),
    );
    expect(results.filter((r) => r.status !== "ok")).toEqual([]);
    const references = results.map((r) => (r.status === "ok" ? r.reference : ""));
    expect(new Set(references).size).toBe(24);
    expect(await db.inquiry.count({ where: { reference: { in: references } } })).toBe(24);
  });

  it("stores nothing for invalid input and unknown products, and says which field is wrong", async () => {
    const before = await db.inquiry.count();
    const invalid = await submitInquiry({ kind: "QUOTE", formData: quoteForm({ email: "a@b.c\nBcc: x@y.z" }) });
    expect(invalid).toMatchObject({ status: "error", fieldErrors: { email: expect.any(String) } });
    const unknown = await submitInquiry({ kind: "QUOTE", formData: quoteForm({ "items.0.catalogNumber": "NOPE-1" }) });
    expect(unknown).toMatchObject({
      status: "error",
      fieldErrors: { "items.0.catalogNumber": expect.stringMatching(/no product NOPE-1/) },
    });
    const smiles = await submitInquiry({
      kind: "CUSTOM_SYNTHESIS",
      formData: form({
        ...(Object.fromEntries(quoteForm().entries()) as Record<string, string>),
        smiles: "C1CC(",
        quantity: "1",
        unit: "g",
        purity: "≥98%",
        labelling: "none",
        grade: "research",
        endUse: "Internal standard for an LC-MS assay in our pharmacology department",
      }),
    });
    expect(smiles).toMatchObject({ status: "error", fieldErrors: { smiles: expect.stringMatching(/RDKit cannot read/) } });
    // What was typed comes back, so the form can show it again.
    expect(unknown.status === "error" && unknown.values["items.0.catalogNumber"]).toBe("NOPE-1");
    expect(await db.inquiry.count()).toBe(before);
  });

  it("refuses a filled honeypot without storing anything", async () => {
    const before = await db.inquiry.count();
    const result = await submitInquiry({ kind: "QUOTE", formData: quoteForm({ website: "http://spam.example" }) });
    expect(result.status).toBe("error");
    expect(await db.inquiry.count()).toBe(before);
  });

  it("limits submissions per email address across the hour", async () => {
    const email = `busy-${randomUUID()}@example.edu`;
    const results = [];
    for (let i = 0; i <= env.RATE_LIMIT_PER_EMAIL; i++)
      results.push(await submitInquiry({ kind: "QUOTE", formData: quoteForm({ email }), submitterIp: `198.51.100.${i}` }));
    expect(results.slice(0, -1).every((r) => r.status === "ok")).toBe(true);
    expect(results.at(-1)).toMatchObject({ status: "error", message: expect.stringMatching(/many requests in the last hour/) });
    expect(await db.inquiry.count({ where: { email } })).toBe(env.RATE_LIMIT_PER_EMAIL);
  });

  it("escapes what the requester typed in the staff email, and leaves it out of the acknowledgment", async () => {
    const result = await submitInquiry({
      kind: "QUOTE",
      formData: quoteForm({ name: "<img src=x onerror=alert(1)>", notes: "<script>alert('x')</script> & {{reference}}" }),
    });
    expect(result.status).toBe("ok");
    await deliverDueMessages({ transport: transport() });
    expect(smtp.messages).toHaveLength(2);
    for (const mail of smtp.messages) {
      expect(mail.html).not.toContain("<script>");
      expect(mail.html).not.toContain("<img src=x");
    }
    expect(smtp.messages.find((m) => m.to && "text" in m.to && m.to.text === env.QUOTES_INBOX)?.html).toContain("&lt;script&gt;");
  });
});

const deliveredTo = (address: string) => smtp.messages.find((m) => m.to && "text" in m.to && m.to.text === address);

describe("the acknowledgment cannot carry a stranger's words (issue 12.8)", () => {
  const spam = {
    name: "Claim your prize at http://evil.example",
    institution: "Winner Dept http://evil.example",
    notes: "Visit http://evil.example/prize now",
    poReference: "PRIZE-http://evil.example",
  };

  it("holds only our own text: reference, kind, catalog products by number and catalog name, what happens next, a link", async () => {
    const result = await submitInquiry({ kind: "QUOTE", formData: quoteForm({ ...spam, "items.0.catalogNumber": " b8105958 " }) });
    if (result.status !== "ok") throw new Error(JSON.stringify(result));
    expect(result.acknowledged).toBe(true);
    await deliverDueMessages({ transport: transport() });
    const ack = deliveredTo(result.email)!;
    for (const part of [ack.subject, ack.html, ack.text]) {
      expect(part).not.toContain("evil.example");
      expect(part).not.toContain("prize");
    }
    expect(ack.text).toContain(`Reference: ${result.reference}`);
    expect(ack.text).toContain("Request: Quote request");
    expect(ack.text).toContain("B8105958: LY3020371 hydrochloride");
    expect(ack.text).toContain("reply within one business day with a written quote");
    expect(ack.html).toContain(`href="${new URL("/products/B8105958", env.SITE_URL)}"`);
    // Staff still see everything that was sent.
    expect(deliveredTo(env.QUOTES_INBOX)!.text).toContain("Visit http://evil.example/prize now");
  });

  it("leaves out the compound a custom-synthesis requester typed, and the question of a support request", async () => {
    const synthesis = await submitInquiry({
      kind: "CUSTOM_SYNTHESIS",
      formData: form({
        ...(Object.fromEntries(quoteForm(spam).entries()) as Record<string, string>),
        compoundName: "Cheap pills at evil.example",
        quantity: "5",
        unit: "g",
        purity: "≥98%",
        labelling: "none",
        grade: "research",
        endUse: "Internal standard for an LC-MS assay in our pharmacology department",
      }),
    });
    const support = await submitInquiry({
      kind: "SUPPORT",
      formData: form({
        ...(Object.fromEntries(quoteForm(spam).entries()) as Record<string, string>),
        catalogNumbers: "b8106012",
        application: "Win big at evil.example",
        question: "Win big at evil.example today",
      }),
    });
    if (synthesis.status !== "ok" || support.status !== "ok") throw new Error("refused");
    await deliverDueMessages({ transport: transport() });
    for (const result of [synthesis, support]) {
      const ack = deliveredTo(result.email)!;
      expect(ack.html).not.toMatch(/evil\.example|pills|Win big|prize/i);
      expect(ack.text).not.toMatch(/evil\.example|pills|Win big|prize/i);
      expect(ack.text).toContain(`Reference: ${result.reference}`);
    }
    expect(deliveredTo(support.email)!.text).toMatch(/^B8106012: \S.+$/m);
  });

  it("counts +tags and Gmail's dots as the same address for the per-address limit", async () => {
    const user = `victim${randomUUID().slice(0, 6)}`;
    const variants = Array.from({ length: env.RATE_LIMIT_PER_EMAIL + 1 }, (_, i) =>
      i % 2 ? `${user}+${i}@gmail.com` : `${[...user].join(".")}+x${i}@googlemail.com`,
    );
    const results = [];
    for (const [i, email] of variants.entries())
      results.push(await submitInquiry({ kind: "QUOTE", formData: quoteForm({ email }), submitterIp: `198.51.100.${100 + i}` }));
    expect(results.slice(0, -1).every((r) => r.status === "ok")).toBe(true);
    expect(results.at(-1)).toMatchObject({ status: "error", reason: "rate-limited" });
  }, 60_000);

  it("caps acknowledgments per recipient domain per hour, still storing the inquiry and telling staff", async () => {
    const domain = `dept-${randomUUID().slice(0, 8)}.example.org`;
    const results = [];
    for (let i = 0; i <= env.ACK_LIMIT_PER_DOMAIN; i++) {
      results.push(
        await submitInquiry({ kind: "QUOTE", formData: quoteForm({ email: `person${i}@${domain}` }), submitterIp: `203.0.113.${i % 250}` }),
      );
    }
    expect(results.map((r) => r.status === "ok" && r.acknowledged)).toEqual([...Array(env.ACK_LIMIT_PER_DOMAIN).fill(true), false]);
    const capped = results.at(-1)!;
    if (capped.status !== "ok") throw new Error("refused");
    const inquiry = await db.inquiry.findUniqueOrThrow({ where: { reference: capped.reference }, include: { messages: true } });
    expect(inquiry.messages.map((m) => m.template)).toEqual(["inquiry-staff"]);
    expect((await rendered(inquiry.messages[0]!)).text).toContain("Acknowledgment: Not sent");
    // A retry of the capped submission says the same.
    const again = await submitInquiry({
      kind: "QUOTE",
      formData: quoteForm({ idempotencyKey: inquiry.idempotencyKey, email: inquiry.email }),
    });
    expect(again).toMatchObject({ status: "ok", reference: capped.reference, acknowledged: false });
  }, 120_000);
});
