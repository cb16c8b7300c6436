import { beforeAll, describe, expect, it, vi } from "vitest";
import { POST } from "@/app/api/inquiries/route";
import { formValues, parseForm } from "@/lib/core/form-data";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import type { InquiryKind } from "@/lib/generated/prisma/enums";
import { staffInboxes } from "@/lib/inquiries/create-inquiry";
import { formatReference, inquiryKindCodes, inquiryKinds, kindOfReference, referencePattern, referencesIn } from "@/lib/inquiries/kinds";
import { firstResponseDays, responsePromise } from "@/lib/inquiries/sla";
import { fileMessageSchema } from "@/lib/triage/file-message-schema";
import { receiveInboundEmail } from "@/lib/triage/inbound-email";
import { resendLinkSchema } from "@/lib/requesters/schemas";
import { customSynthesisForm, ensureTestProduct, quoteForm, supportForm, uniqueToken } from "@/tests/inquiry-fixtures";
import { rendered } from "@/tests/outbox-fixtures";

// The API reads the client address from the request scope, which a direct call has not got.
vi.mock("@/lib/http/request-ip", () => ({ requestIp: async () => uniqueToken("ip-") }));

// A valid form per kind: a Record, so a new kind in the registry fails to compile here until it has one.
const validForm: Record<InquiryKind, () => FormData> = {
  QUOTE: () => quoteForm(),
  CUSTOM_SYNTHESIS: () => customSynthesisForm(),
  SUPPORT: () => supportForm(),
};

beforeAll(async () => {
  await ensureTestProduct();
});

describe("the registry", () => {
  it("lists the database's kinds, each with its own prefix that is no prefix of another's", () => {
    expect(inquiryKindCodes).toEqual(["QUOTE", "CUSTOM_SYNTHESIS", "SUPPORT"]);
    const prefixes = inquiryKindCodes.map((kind) => inquiryKinds[kind].prefix);
    expect(new Set(prefixes).size).toBe(prefixes.length);
    for (const prefix of prefixes) expect(prefix).toMatch(/^[A-Z]+$/);
  });

  it("tells a reference's kind from its prefix, and refuses what is not a reference", () => {
    expect(kindOfReference("CS-2026-000045")).toBe("CUSTOM_SYNTHESIS");
    expect(kindOfReference("SUP-2026-000007")).toBe("SUPPORT");
    for (const text of ["QT-2026-000123", "Q-2026-00012", "X-2026-000123", "q-2026-000123", "Q-2026-000123-R2"])
      expect(kindOfReference(text)).toBeUndefined();
    expect(referencesIn("RE: [SUP-2026-000007] AND Q-2026-000001, NOT XQ-2026-000002 OR QT-2026-000003")).toEqual([
      "SUP-2026-000007",
      "Q-2026-000001",
    ]);
  });
});

describe.each(inquiryKindCodes)("kind %s end to end", (kind) => {
  const entry = inquiryKinds[kind];

  it("its schema parses a valid sample and refuses an empty form", () => {
    expect(parseForm(entry.schema, formValues(validForm[kind]()))).toMatchObject({ ok: true });
    expect(parseForm(entry.schema, {})).toMatchObject({ ok: false });
  });

  it("its references have the registry's pattern, and every reference field accepts them", () => {
    const reference = formatReference(kind, 2026, 45);
    expect(reference).toBe(`${entry.prefix}-2026-000045`);
    expect(reference).toMatch(referencePattern);
    expect(kindOfReference(reference)).toBe(kind);
    expect(fileMessageSchema.safeParse({ messageId: "m1", reference: `[${reference.toLowerCase()}]` })).toMatchObject({
      success: true,
      data: { reference },
    });
    expect(resendLinkSchema.safeParse({ email: "ana@example.edu", reference }).success).toBe(true);
  });

  it("the API stores it, and its emails carry the kind's words, promise and staff inbox", async () => {
    const body = validForm[kind]();
    body.set("kind", kind);
    const response = await POST(new Request("http://localhost/api/inquiries", { method: "POST", body }));
    expect(response.status).toBe(201);
    const { reference } = (await response.json()) as { reference: string };
    expect(reference).toMatch(new RegExp(`^${entry.prefix}-\\d{4}-\\d{6}$`));

    const inquiry = await db.inquiry.findUniqueOrThrow({ where: { reference }, include: { messages: true } });
    expect(inquiry.kind).toBe(kind);
    const ack = await rendered(inquiry.messages.find((m) => m.template === "inquiry-ack")!);
    const staff = inquiry.messages.find((m) => m.template === "inquiry-staff")!;

    expect(ack.subject).toBe(`[${reference}] We received your ${entry.noun}`);
    expect(ack.replyTo).toBe(env[entry.inboxSetting]);
    const ackText = ack.text.replace(/\s+/g, " ");
    expect(ackText).toContain(`we have received your ${entry.noun}. Our team will reply ${responsePromise(kind)} with ${entry.reply}.`);
    expect(ackText).toContain(`Request: ${entry.label}`);
    expect(ack.html).toContain(entry.label);

    expect(staff.toAddress).toBe(env[entry.inboxSetting]);
    expect(staff.toAddress).toBe(staffInboxes[kind]);
    expect(staff.subject).toMatch(new RegExp(`^\\[${reference}\\] ${entry.label} from `));

    // The target comes from the kind's SLA setting.
    expect(firstResponseDays[kind]).toBe(env[entry.slaSetting]);
  });

  it("inbound mail naming its reference in the subject, from its verified requester, joins it", async () => {
    const body = validForm[kind]();
    body.set("kind", kind);
    const { reference } = (await (await POST(new Request("http://localhost/api/inquiries", { method: "POST", body }))).json()) as {
      reference: string;
    };
    const { id, email } = await db.inquiry.findUniqueOrThrow({ where: { reference } });
    const raw = [
      `Authentication-Results: mx.reagentdesk.example; dkim=pass header.d=${email.split("@")[1]} header.s=s1`,
      `Message-ID: <${uniqueToken("kind")}@example.edu>`,
      `Date: Wed, 15 Apr 2026 11:48:03 +0100`,
      // Typed by hand, in lower case, with no brackets: still found.
      `Subject: about ${reference.toLowerCase()}`,
      `From: Requester <${email}>`,
      `To: ${env[entry.inboxSetting]}`,
      "Content-Type: text/plain; charset=UTF-8",
      "",
      "A question about my request.",
      "",
    ].join("\r\n");
    expect(await receiveInboundEmail(raw)).toMatchObject({ status: "attached", inquiryId: id, reference });
  });
});

describe("the API's kind field", () => {
  it("names every kind of the registry when the kind is missing or unknown", async () => {
    for (const kind of [null, "QUOTES", "quote"]) {
      const body = quoteForm();
      if (kind) body.set("kind", kind);
      const response = await POST(new Request("http://localhost/api/inquiries", { method: "POST", body }));
      expect(response.status).toBe(422);
      expect(await response.json()).toEqual({ fieldErrors: { kind: "Set kind to QUOTE, CUSTOM_SYNTHESIS or SUPPORT" } });
    }
  });
});
