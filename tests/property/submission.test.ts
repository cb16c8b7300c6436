// Hostile input through the whole submission path on the real test database, and through the staff
// forms' server-side path (runStaffAction with the real lib functions): nothing throws, a refusal
// stores nothing and names the bad field, and what is accepted is stored verbatim. Accepted
// inquiries' emails are delivered to a real SMTP server, whose envelope and headers must be
// exactly the ones we meant.
import fc from "fast-check";
import nodemailer from "nodemailer";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { findActiveStaff } from "@/lib/auth/staff-members";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import type { InquiryKind } from "@/lib/generated/prisma/enums";
import { staffInboxes } from "@/lib/inquiries/create-inquiry";
import { submitInquiry } from "@/lib/inquiries/submit-inquiry";
import { deliverDueMessages } from "@/lib/mail/outbox";
import { sendReply, saveCannedReply } from "@/lib/triage/replies";
import { runStaffAction } from "@/lib/core/run-staff-action";
import { cannedReplySchema, noteSchema, replySchema } from "@/lib/triage/schemas";
import { addNote } from "@/lib/triage/workflow";
import {
  createStaff,
  customSynthesisForm,
  ensureTestProduct,
  newInquiry,
  quoteForm,
  supportForm,
  uniqueToken,
} from "@/tests/inquiry-fixtures";
import { hostileString, RUNS } from "@/tests/property/hostile";
import { startSmtpSink, type SmtpSink } from "@/tests/smtp-sink";
import { singleLinePayloads } from "@/tests/fixtures/xss-payloads";

// Where each free-text field of a form is stored: its own column, or the inquiry's details.
const columns = new Set(["name", "email", "institution", "country", "phone", "notes", "poReference"]);
const requesterFields = [
  "name",
  "email",
  "institution",
  "country",
  "phone",
  "notes",
  "idempotencyKey",
  "website",
  "researchUseAcknowledged",
];
const forms: Record<InquiryKind, { build: (overrides: Record<string, string>) => FormData; fields: string[] }> = {
  QUOTE: {
    build: quoteForm,
    fields: [...requesterFields, "poReference", "items.0.catalogNumber", "items.0.quantity", "items.0.unit", "items.0.grade"],
  },
  CUSTOM_SYNTHESIS: {
    build: customSynthesisForm,
    fields: [
      ...requesterFields,
      "compoundName",
      "smiles",
      "cas",
      "quantity",
      "unit",
      "purity",
      "labelling",
      "labelPositions",
      "enrichment",
      "grade",
      "documents",
      "deadline",
      "endUse",
    ],
  },
  SUPPORT: {
    build: supportForm,
    fields: [...requesterFields, "catalogNumbers", "application", "solvent", "concentration", "temperature", "ph", "system", "question"],
  },
};
const FREE_TEXT = new Set([
  "name",
  "institution",
  "country",
  "notes",
  "poReference",
  "compoundName",
  "labelPositions",
  "application",
  "solvent",
  "concentration",
  "temperature",
  "system",
  "question",
  "endUse",
]);

const belongsTo = (key: string, field: string) => key === field || key.startsWith(`${field}.`);
const counts = async () => ({ inquiries: await db.inquiry.count(), emails: await db.outboxMessage.count() });

let smtp: SmtpSink;

beforeAll(async () => {
  await ensureTestProduct();
  smtp = await startSmtpSink();
});
afterAll(async () => {
  await smtp.stop();
});

describe("submitting an inquiry with hostile input", () => {
  it("stores nothing and names the field when refused, stores the value verbatim when accepted", async () => {
    const kinds = fc.constantFrom<InquiryKind>("QUOTE", "CUSTOM_SYNTHESIS", "SUPPORT");
    const input = kinds.chain((kind) => fc.tuple(fc.constant(kind), fc.constantFrom(...forms[kind].fields), hostileString));
    await fc.assert(
      fc.asyncProperty(input, async ([kind, field, value]) => {
        const before = await counts();
        const result = await submitInquiry({ kind, formData: forms[kind].build({ [field]: value }), submitterIp: uniqueToken("ip-") });
        const after = await counts();
        if (result.status === "error") {
          expect(after).toEqual(before);
          if (field === "website") return; // the honeypot: refused without saying why
          expect(result.message).toBe("Please correct the highlighted fields.");
          const keys = Object.keys(result.fieldErrors);
          expect(keys.length).toBeGreaterThan(0);
          for (const key of keys) expect(belongsTo(key, field), `error on ${key} for a bad ${field}`).toBe(true);
          return;
        }
        expect(result.status).toBe("ok");
        expect(after).toEqual({ inquiries: before.inquiries + 1, emails: before.emails + 2 });
        if (result.status !== "ok" || !FREE_TEXT.has(field)) return;
        const stored = await db.inquiry.findUniqueOrThrow({
          where: { reference: result.reference },
          select: { name: true, institution: true, country: true, notes: true, poReference: true, details: true },
        });
        const kept = columns.has(field) ? stored[field as keyof typeof stored] : (stored.details as Record<string, unknown>)[field];
        // FormData, like a browser's UTF-8 encoding, turns an unpaired surrogate into U+FFFD.
        expect(kept ?? undefined).toBe(value.toWellFormed().trim() || undefined);
      }),
      // A NUL byte once reached a query before the schema refused it (PostgreSQL rejects it in text).
      { numRuns: RUNS * 2, examples: [[["QUOTE", "items.0.catalogNumber", "\u0000"]]] },
    );
  }, 300_000);

  it("keeps every email's recipients and headers as meant, whatever the requester typed", async () => {
    // Only values the schema accepts reach the emails; fields that go into the staff subject line.
    const accepted = fc.constantFrom(
      ...singleLinePayloads,
      "Ana\u00A0Ruíz 🧪",
      "x".repeat(120),
      "Bcc: victim@evil.example",
      "%0d%0aBcc: x@y.z",
    );
    await fc.assert(
      fc.asyncProperty(accepted, accepted, async (name, institution) => {
        await db.outboxMessage.updateMany({ where: { status: "PENDING" }, data: { status: "FAILED" } });
        smtp.messages.length = 0;
        const email = `${uniqueToken("req")}@${uniqueToken("lab")}.example.edu`;
        const result = await submitInquiry({
          kind: "QUOTE",
          formData: quoteForm({ name, institution, email }),
          submitterIp: uniqueToken("ip-"),
        });
        expect(result.status).toBe("ok");
        if (result.status !== "ok") return;
        await deliverDueMessages({ transport: nodemailer.createTransport(smtp.url) });
        expect(smtp.messages).toHaveLength(2);
        const staff = smtp.messages.find((m) => m.envelopeTo[0] === staffInboxes.QUOTE)!;
        const ack = smtp.messages.find((m) => m.envelopeTo[0] === email)!;
        expect(staff.envelopeTo).toEqual([env.QUOTES_INBOX]);
        expect(ack.envelopeTo).toEqual([email]);
        expect(staff.subject).toBe(`[${result.reference}] Quote request from ${name.trim()}, ${institution.trim()}`);
        expect(staff.replyTo?.value.map((a) => a.address)).toEqual([email]);
        expect(ack.replyTo?.value.map((a) => a.address)).toEqual([env.QUOTES_INBOX]);
        for (const mail of smtp.messages) {
          expect([...mail.headers.keys()].filter((h) => ["bcc", "cc", "content-type"].includes(h))).toEqual(["content-type"]);
          if (/[<>&"']/.test(name)) expect(mail.html).not.toContain(name);
        }
        expect(staff.text).toContain(name.trim());
        // The acknowledgment goes to a typed address: none of the requester's words go with it.
        for (const typed of [name.trim(), institution.trim()]) {
          expect(ack.text).not.toContain(typed);
          expect(ack.html).not.toContain(typed);
        }
      }),
      { numRuns: Math.ceil(RUNS / 3) },
    );
  }, 300_000);
});

describe("staff forms with hostile input", () => {
  let actor: { id: string; name: string };
  let inquiryId: string;
  beforeEach(async () => {
    const member = await createStaff();
    actor = { id: member.id, name: member.name };
    inquiryId = (await newInquiry()).id;
  });

  const rows = async () => ({
    notes: await db.inquiryNote.count(),
    replies: await db.outboxMessage.count({ where: { template: "staff-reply" } }),
    canned: await db.cannedReply.count(),
    audit: await db.auditLog.count(),
  });

  it("a note, a reply or a canned reply is stored verbatim, or refused with a field error and nothing stored", async () => {
    const forms = [
      {
        schema: noteSchema,
        field: "body",
        act: (data: { inquiryId: string; body: string }) => addNote({ ...data, actor }),
        stored: (v: string) => db.inquiryNote.count({ where: { body: v } }),
      },
      {
        schema: replySchema,
        field: "body",
        act: (data: { inquiryId: string; body: string }) => sendReply({ ...data, actor }),
        stored: (v: string) => db.inquiryMessage.count({ where: { text: v } }),
      },
      {
        schema: cannedReplySchema,
        field: "title",
        act: (data: { title: string; body: string }) => saveCannedReply({ ...data, actor }),
        stored: (v: string) => db.cannedReply.count({ where: { title: v } }),
      },
      {
        schema: cannedReplySchema,
        field: "body",
        act: (data: { title: string; body: string }) => saveCannedReply({ ...data, actor }),
        stored: (v: string) => db.cannedReply.count({ where: { body: v } }),
      },
    ] as const;
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...forms.keys()), hostileString, async (which, value) => {
        const { schema, field, act, stored } = forms[which]!;
        const values = { inquiryId, title: uniqueToken("title"), body: "Dear {{name}},", [field]: value };
        const formData = new FormData();
        for (const [key, v] of Object.entries(values)) formData.append(key, v);
        const before = await rows();
        const result = await runStaffAction(schema, formData, async (data) => {
          await (act as (data: unknown) => Promise<unknown>)(data);
          return "done";
        });
        const after = await rows();
        if (result.status === "error") {
          expect(after).toEqual(before);
          // A title another canned reply already has (a fragment drawn twice) is refused as a whole.
          if (result.message !== "Another canned reply has this title.") expect(Object.keys(result.fieldErrors)).toEqual([field]);
        } else {
          expect(after).not.toEqual(before);
          expect(await stored(value.toWellFormed().trim())).toBeGreaterThan(0);
        }
      }),
      { numRuns: RUNS * 2 },
    );
  }, 300_000);

  it("looking up a sign-in address never fails, and finds no one for hostile text", async () => {
    await fc.assert(
      fc.asyncProperty(hostileString, async (email) => {
        expect(await findActiveStaff(email)).toBeNull();
      }),
      { numRuns: RUNS },
    );
  });
});
