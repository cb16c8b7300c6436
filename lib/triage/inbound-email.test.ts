import { createHash, randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { POST } from "@/app/api/inbound-email/route";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { createInquiry } from "@/lib/inquiries/create-inquiry";
import {
  fileUnmatchedMessage,
  getAttachment,
  handleInboundRequest,
  InboundEmailError,
  listUnmatchedMessages,
  MAX_RAW_EMAIL_BYTES,
  receiveInboundEmail,
  UnknownReferenceError,
} from "@/lib/triage/inbound-email";
import { DomainError } from "@/lib/core/domain-error";

// Real client output (Thunderbird, Gmail, Outlook, Apple Mail) with placeholders for what each test
// generates: {{REFERENCE}}, {{REQUESTER}}, {{ACK_MESSAGE_ID}}, and {{RUN}}, which keeps every
// Message-ID unique so tests (and runs on a shared PostgreSQL database) never collide.
type Placeholders = { REFERENCE?: string; REQUESTER?: string; ACK_MESSAGE_ID?: string };

function fixture(name: string, values: Placeholders = {}) {
  const run = randomUUID().replaceAll("-", "");
  const text = readFileSync(path.join("tests/fixtures/mail", name), "utf8")
    // Git may check the samples out with LF endings; mail on the wire has CRLF.
    .replace(/\r?\n/g, "\r\n")
    .replace(/\{\{(\w+)\}\}/g, (_, key: string) => {
      const value = key === "RUN" ? run : values[key as keyof Placeholders];
      if (value === undefined) throw new Error(`${name} needs {{${key}}}`);
      return value;
    });
  return Buffer.from(text, "utf8");
}

async function newInquiry() {
  const email = `ana.ruiz+${randomUUID().slice(0, 8)}@example.edu`;
  const { id, reference } = await createInquiry({
    kind: "QUOTE",
    idempotencyKey: randomUUID(),
    requester: { name: "Dr Ana Ruiz", email, institution: "Example University", country: "Spain" },
    details: {},
    items: [],
    rows: [],
  });
  const ack = await db.outboxMessage.findFirstOrThrow({ where: { inquiryId: id, template: "inquiry-ack" }, select: { messageId: true } });
  return {
    id,
    reference,
    email,
    ackMessageId: ack.messageId,
    placeholders: { REFERENCE: reference, REQUESTER: email, ACK_MESSAGE_ID: ack.messageId },
  };
}

const storedMessage = (messageId: string) =>
  db.inquiryMessage.findUniqueOrThrow({ where: { messageId }, include: { attachments: { orderBy: { filename: "asc" } } } });
const auditOf = (inquiryId: string) => db.auditLog.findMany({ where: { inquiryId }, orderBy: { createdAt: "asc" } });

describe("receiving inbound email", () => {
  it("attaches a reply whose In-Reply-To names our acknowledgment, by thread", async () => {
    const inquiry = await newInquiry();
    const result = await receiveInboundEmail(fixture("thunderbird-reply.eml", inquiry.placeholders));
    expect(result).toMatchObject({ status: "attached", inquiryId: inquiry.id, reference: inquiry.reference });

    const message = await storedMessage(result.messageId);
    expect(message).toMatchObject({
      inquiryId: inquiry.id,
      direction: "INBOUND",
      matchedBy: "thread",
      fromAddress: inquiry.email,
      toAddress: "quotes@reagentdesk.example",
      subject: `Re: [${inquiry.reference}] We received your quote request`,
      inReplyTo: inquiry.ackMessageId,
      references: inquiry.ackMessageId,
    });
    expect(message.text).toContain("Could you add a 50 mg pack of B8105958 to the quote? We dose at 3 µmol/kg i.p.");
    const { searchText } = await db.inquiry.findUniqueOrThrow({ where: { id: inquiry.id } });
    expect(searchText).toContain("could you add a 50 mg pack of b8105958");
    expect(await auditOf(inquiry.id)).toContainEqual(
      expect.objectContaining({ actorId: null, action: "inbound-mail", after: { messageId: result.messageId, matchedBy: "thread" } }),
    );
  });

  it("also threads on a staff reply's Message-ID, found in References alone", async () => {
    const inquiry = await newInquiry();
    const replyId = `<reply.${randomUUID()}@reagentdesk.example>`;
    await db.inquiryMessage.create({
      data: {
        inquiryId: inquiry.id,
        direction: "OUTBOUND",
        fromAddress: "quotes@reagentdesk.example",
        toAddress: inquiry.email,
        subject: "Re: quote",
        text: "Our quote",
        messageId: replyId,
      },
    });
    const raw = fixture("thunderbird-reply.eml", { ...inquiry.placeholders, ACK_MESSAGE_ID: replyId })
      .toString("utf8")
      .replace(/^In-Reply-To:.*\r\n/m, "");
    const result = await receiveInboundEmail(raw);
    expect(result).toMatchObject({ status: "attached", inquiryId: inquiry.id });
    expect((await storedMessage(result.messageId)).matchedBy).toBe("thread");
  });

  it("attaches mail from the requester by the reference in its subject when it carries no thread headers", async () => {
    const inquiry = await newInquiry();
    // Addresses are compared without regard to case.
    const result = await receiveInboundEmail(
      fixture("gmail-new-message.eml", { ...inquiry.placeholders, REQUESTER: inquiry.email.toUpperCase() }),
    );
    expect(result).toMatchObject({ status: "attached", inquiryId: inquiry.id, reference: inquiry.reference });
    const message = await storedMessage(result.messageId);
    expect(message).toMatchObject({ matchedBy: "subject", fromAddress: inquiry.email, inReplyTo: null, references: null });
    expect(message.text).toContain("PO number PO-7781");
  });

  it("leaves a stranger's mail unmatched, whatever reference its subject names", async () => {
    const inquiry = await newInquiry();
    const before = await db.inquiry.findUniqueOrThrow({ where: { id: inquiry.id }, select: { searchText: true } });
    const stranger = `someone.else+${randomUUID().slice(0, 8)}@example.org`;
    const result = await receiveInboundEmail(fixture("gmail-new-message.eml", { ...inquiry.placeholders, REQUESTER: stranger }));
    expect(result).toEqual({ status: "unmatched", messageId: expect.stringMatching(/@mail\.gmail\.com>$/) });
    expect(await storedMessage(result.messageId)).toMatchObject({ inquiryId: null, matchedBy: null, fromAddress: stranger });
    expect(await db.inquiry.findUniqueOrThrow({ where: { id: inquiry.id }, select: { searchText: true } })).toEqual(before);
    expect(await db.auditLog.count({ where: { inquiryId: inquiry.id, action: "inbound-mail" } })).toBe(0);
    expect((await listUnmatchedMessages({ limit: 500 })).map((m) => m.fromAddress)).toContain(stranger);
  });

  it("stores HTML-only mail as text: no tags, no script, no styles", async () => {
    const result = await receiveInboundEmail(fixture("outlook-html-only.eml"));
    expect(result.status).toBe("unmatched");
    const message = await storedMessage(result.messageId);
    expect(message.fromAddress).toBe("erik.lindqvist@lab.example.se");
    expect(message.text).toContain("Is LY3020371 hydrochloride soluble in saline at 10 mg/mL");
    expect(message.text).toContain("Med vänliga hälsningar");
    for (const markup of ["<script", "document.cookie", "<p", "<img", "onerror", "<style", "MsoNormal"])
      expect(message.text).not.toContain(markup);
  });

  it("stores attachments byte for byte, with their names decoded", async () => {
    const inquiry = await newInquiry();
    const result = await receiveInboundEmail(fixture("apple-mail-attachment.eml", inquiry.placeholders));
    expect(result).toMatchObject({ status: "attached", inquiryId: inquiry.id });
    const { attachments } = await storedMessage(result.messageId);
    expect(attachments.map(({ filename, contentType, size }) => ({ filename, contentType, size }))).toEqual([
      { filename: "CoA_B8105958_lot24-0117.pdf", contentType: "application/pdf", size: 642 },
      { filename: "Messprotokoll_Lösung.txt", contentType: "text/plain", size: 94 },
    ]);
    const pdf = await getAttachment(attachments[0]!.id);
    expect(Buffer.from(pdf!.content).subarray(0, 8).toString("latin1")).toBe("%PDF-1.4");
    expect(createHash("sha256").update(pdf!.content).digest("hex")).toBe(
      "da664d0661fd3107d1b775ba9a8681a9cfb6fb1e9a02912fa4c35e200ede4b90",
    );
    expect(await getAttachment("no-such-attachment")).toBeNull();
  });

  it("stores a message posted twice, or three times at once, only once", async () => {
    const inquiry = await newInquiry();
    const raw = fixture("thunderbird-reply.eml", inquiry.placeholders);
    const first = await receiveInboundEmail(raw);
    const again = await receiveInboundEmail(raw);
    expect(again).toEqual({ status: "duplicate", inquiryId: inquiry.id, reference: inquiry.reference, messageId: first.messageId });

    const racing = fixture("gmail-new-message.eml", inquiry.placeholders);
    const results = await Promise.all([1, 2, 3].map(() => receiveInboundEmail(racing)));
    expect(results.map((r) => r.status).sort()).toEqual(["attached", "duplicate", "duplicate"]);

    expect(await db.inquiryMessage.count({ where: { inquiryId: inquiry.id } })).toBe(2);
    expect(await db.auditLog.count({ where: { inquiryId: inquiry.id, action: "inbound-mail" } })).toBe(2);
  });

  it("gives mail without a Message-ID a stable one from its bytes, so retries still collapse", async () => {
    const inquiry = await newInquiry();
    const raw = fixture("thunderbird-reply.eml", inquiry.placeholders)
      .toString("utf8")
      .replace(/^Message-ID:.*\r\n/m, "");
    const first = await receiveInboundEmail(raw);
    expect(first.messageId).toMatch(/^<[0-9a-f]{64}@inbound\.invalid>$/);
    expect(await receiveInboundEmail(raw)).toMatchObject({ status: "duplicate", messageId: first.messageId });
    expect(await db.inquiryMessage.count({ where: { inquiryId: inquiry.id } })).toBe(1);
  });

  it("ignores our own emails delivered back to us", async () => {
    const inquiry = await newInquiry();
    const staffCopy = fixture("thunderbird-reply.eml", inquiry.placeholders)
      .toString("utf8")
      .replace(/^Message-ID:.*$/m, `Message-ID: ${inquiry.ackMessageId}`);
    expect(await receiveInboundEmail(staffCopy)).toMatchObject({ status: "duplicate", reference: inquiry.reference });
    expect(await db.inquiryMessage.count({ where: { inquiryId: inquiry.id } })).toBe(0);
  });

  it("reopens a closed, won or lost inquiry when the requester writes back, but leaves spam alone", async () => {
    for (const status of ["CLOSED", "WON", "LOST"] as const) {
      const inquiry = await newInquiry();
      await db.inquiry.update({ where: { id: inquiry.id }, data: { status, closedAt: new Date() } });
      await receiveInboundEmail(fixture("thunderbird-reply.eml", inquiry.placeholders));
      expect(await db.inquiry.findUniqueOrThrow({ where: { id: inquiry.id }, select: { status: true, closedAt: true } })).toEqual({
        status: "IN_REVIEW",
        closedAt: null,
      });
      expect(await auditOf(inquiry.id)).toContainEqual(
        expect.objectContaining({ actorId: null, action: "status", before: { status }, after: { status: "IN_REVIEW" } }),
      );
    }
    const spam = await newInquiry();
    await db.inquiry.update({ where: { id: spam.id }, data: { status: "SPAM", statusBeforeSpam: "NEW" } });
    expect(await receiveInboundEmail(fixture("thunderbird-reply.eml", spam.placeholders))).toMatchObject({ status: "attached" });
    expect((await db.inquiry.findUniqueOrThrow({ where: { id: spam.id } })).status).toBe("SPAM");
  });

  it("refuses messages over 10 MB and input that is not an email, and strips NUL characters", async () => {
    await expect(receiveInboundEmail(Buffer.alloc(MAX_RAW_EMAIL_BYTES + 1, "a"))).rejects.toMatchObject({ code: "too-large" });
    await expect(receiveInboundEmail("just some text, no headers at all")).rejects.toBeInstanceOf(InboundEmailError);
    const inquiry = await newInquiry();
    const raw = fixture("thunderbird-reply.eml", inquiry.placeholders)
      .toString("utf8")
      .replace("Dear Reagent Desk team,", `Dear\u0000team, ${"x".repeat(150_000)}`);
    const { messageId } = await receiveInboundEmail(raw);
    const { text } = await storedMessage(messageId);
    expect(text.startsWith("Dearteam, xxx")).toBe(true);
    expect(text.length).toBeLessThanOrEqual(100_000);
  });
});

describe("matching by subject alone needs a verified sender (issue 12.10)", () => {
  /** The Gmail fixture with its Authentication-Results headers and From line replaced. */
  function subjectOnly(
    inquiry: Awaited<ReturnType<typeof newInquiry>>,
    { authenticationResults, from }: { authenticationResults: string[]; from?: string },
  ) {
    const raw = fixture("gmail-new-message.eml", inquiry.placeholders)
      .toString("utf8")
      .replace(/^Authentication-Results:.*\r\n(?:[ \t].*\r\n)*/m, "");
    const withFrom = from === undefined ? raw : raw.replace(/^From: .*$/m, `From: ${from}`);
    return authenticationResults.map((value) => `Authentication-Results: ${value}\r\n`).join("") + withFrom;
  }
  const domainOf = (email: string) => email.split("@")[1]!;
  const passing = (email: string, authservId = "mx.reagentdesk.example") =>
    `${authservId}; dkim=pass header.d=${domainOf(email)} header.s=s1; spf=pass smtp.mailfrom=${email}`;

  async function expectFlaggedAndUntouched(inquiry: Awaited<ReturnType<typeof newInquiry>>, raw: string, reason: RegExp) {
    const result = await receiveInboundEmail(raw);
    expect(result.status).toBe("unmatched");
    expect(await storedMessage(result.messageId)).toMatchObject({
      inquiryId: null,
      matchedBy: null,
      flagReason: expect.stringMatching(reason),
    });
    expect(await db.inquiryMessage.count({ where: { inquiryId: inquiry.id } })).toBe(0);
    expect(await db.auditLog.count({ where: { inquiryId: inquiry.id, action: "inbound-mail" } })).toBe(0);
    const listed = (await listUnmatchedMessages({ limit: 500 })).find((m) => m.subject.includes(inquiry.reference));
    expect(listed?.flagReason).toMatch(reason);
  }

  it("refuses a forged From with no Authentication-Results, and flags it for staff", async () => {
    const inquiry = await newInquiry();
    await expectFlaggedAndUntouched(
      inquiry,
      subjectOnly(inquiry, { authenticationResults: [] }),
      new RegExp(`names ${inquiry.reference}.*may be forged`),
    );
  });

  it("refuses the requester's address as the first of several From addresses, even with a passing check", async () => {
    const inquiry = await newInquiry();
    const raw = subjectOnly(inquiry, {
      authenticationResults: [passing(inquiry.email)],
      from: `Ana Ruiz <${inquiry.email}>, Mallory <mallory@evil.example>`,
    });
    await expectFlaggedAndUntouched(inquiry, raw, /several From addresses/);
  });

  it("refuses failing checks, and a pass for some other domain than the From address's", async () => {
    for (const results of [
      [`mx.reagentdesk.example; dkim=fail header.d=example.edu; spf=softfail smtp.mailfrom=x@example.edu`],
      [`mx.reagentdesk.example; dkim=pass header.d=evil.example header.s=s1; spf=pass smtp.mailfrom=bounce@evil.example`],
      [`mx.reagentdesk.example; dkim=pass; spf=pass`],
    ]) {
      const inquiry = await newInquiry();
      await expectFlaggedAndUntouched(inquiry, subjectOnly(inquiry, { authenticationResults: results }), /did not confirm that sender/);
    }
  });

  it("trusts only the receiving provider's header: the topmost, or the one naming INBOUND_AUTHSERV_ID", async () => {
    // The sender wrote a passing header; the provider's own, added above it, says fail.
    const inquiry = await newInquiry();
    const forged = subjectOnly(inquiry, {
      authenticationResults: ["mx.reagentdesk.example; dkim=none; spf=fail smtp.mailfrom=x@evil.example", passing(inquiry.email)],
    });
    await expectFlaggedAndUntouched(inquiry, forged, /did not confirm/);

    // With the provider's authserv-id configured, a passing header under another id counts for nothing…
    const other = await newInquiry();
    const raw = subjectOnly(other, { authenticationResults: [passing(other.email, "spoofed.example")] });
    expect(await receiveInboundEmail(raw, { authservId: "mx.provider.example" })).toMatchObject({ status: "unmatched" });
    // …and the provider's own passing header attaches the message, wherever it sits.
    const third = await newInquiry();
    const good = subjectOnly(third, { authenticationResults: ["spoofed.example; dkim=fail", passing(third.email, "MX.Provider.example")] });
    expect(await receiveInboundEmail(good, { authservId: "mx.provider.example" })).toMatchObject({
      status: "attached",
      inquiryId: third.id,
    });
  });

  it("attaches the requester's own mail when the provider confirms DKIM or SPF for their domain", async () => {
    for (const make of [
      (email: string) => `mx.reagentdesk.example; dkim=pass (2048-bit key) header.d=${domainOf(email)}; spf=none`,
      (email: string) => `mx.reagentdesk.example; dkim=none; spf=pass smtp.mailfrom=bounces@${domainOf(email)}`,
    ]) {
      const inquiry = await newInquiry();
      const result = await receiveInboundEmail(subjectOnly(inquiry, { authenticationResults: [make(inquiry.email)] }));
      expect(result).toMatchObject({ status: "attached", inquiryId: inquiry.id });
      expect(await storedMessage(result.messageId)).toMatchObject({ matchedBy: "subject", flagReason: null });
    }
  });

  it("still attaches replies by their thread headers, with no Authentication-Results at all", async () => {
    const inquiry = await newInquiry();
    const raw = fixture("thunderbird-reply.eml", inquiry.placeholders).toString("utf8");
    expect(raw).not.toMatch(/Authentication-Results/i);
    expect(await receiveInboundEmail(raw)).toMatchObject({ status: "attached", inquiryId: inquiry.id });
  });
});

describe("filing unmatched mail", () => {
  it("attaches an unmatched message to the inquiry staff name, and refuses unknown references", async () => {
    const staff = await db.staffMember.create({
      data: { email: `agent+${randomUUID().slice(0, 8)}@reagentdesk.example`, name: "Filing Agent" },
    });
    const inquiry = await newInquiry();
    const { messageId } = await receiveInboundEmail(fixture("outlook-html-only.eml"));
    const { id } = await storedMessage(messageId);

    await expect(fileUnmatchedMessage({ messageId: id, reference: "Q-1999-999999", actorId: staff.id })).rejects.toBeInstanceOf(
      UnknownReferenceError,
    );
    expect(await fileUnmatchedMessage({ messageId: id, reference: inquiry.reference.toLowerCase(), actorId: staff.id })).toEqual({
      inquiryId: inquiry.id,
      reference: inquiry.reference,
    });

    expect(await storedMessage(messageId)).toMatchObject({ inquiryId: inquiry.id, matchedBy: "staff" });
    expect(await auditOf(inquiry.id)).toContainEqual(
      expect.objectContaining({ actorId: staff.id, action: "file-message", after: { messageId, matchedBy: "staff" } }),
    );
    expect((await db.inquiry.findUniqueOrThrow({ where: { id: inquiry.id } })).searchText).toContain("soluble in saline");
    expect((await listUnmatchedMessages({ limit: 500 })).map((m) => m.id)).not.toContain(id);
    await expect(fileUnmatchedMessage({ messageId: id, reference: inquiry.reference, actorId: staff.id })).rejects.toThrow(DomainError);
  });
});

describe("POST /api/inbound-email", () => {
  const secret = "inbound-test-secret-0123456789";
  const url = "http://localhost/api/inbound-email";
  const post = (body: BodyInit, headers: Record<string, string> = {}) =>
    new Request(url, { method: "POST", body, headers: { "content-type": "message/rfc822", ...headers } });
  const authorised = { authorization: `Bearer ${secret}` };

  it.skipIf(env.INBOUND_EMAIL_SECRET)("is off (404) while no secret is configured", async () => {
    const response = await POST(post("From: a@example.org\r\n\r\nhi", authorised));
    expect(response.status).toBe(404);
  });

  it("answers 401 to a missing or wrong bearer token, and stores nothing", async () => {
    const inquiry = await newInquiry();
    const raw = fixture("thunderbird-reply.eml", inquiry.placeholders);
    for (const headers of [
      {} as Record<string, string>,
      { authorization: "Bearer wrong-secret-but-long-enough" },
      { authorization: secret },
      { authorization: `Bearer ${secret}x` },
    ]) {
      const response = await handleInboundRequest(post(raw, headers), { secret });
      expect(response.status).toBe(401);
      expect(await response.json()).toEqual({ error: expect.any(String) });
    }
    expect(await db.inquiryMessage.count({ where: { inquiryId: inquiry.id } })).toBe(0);
  });

  it("stores a raw message sent with the right secret, and says where it went", async () => {
    const inquiry = await newInquiry();
    const raw = fixture("thunderbird-reply.eml", inquiry.placeholders);
    const response = await handleInboundRequest(post(raw, authorised), { secret });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: "attached", reference: inquiry.reference });
    const again = await handleInboundRequest(post(raw, authorised), { secret });
    expect(await again.json()).toEqual({ status: "duplicate", reference: inquiry.reference });
    const stranger = await handleInboundRequest(post(fixture("outlook-html-only.eml"), authorised), { secret });
    expect([stranger.status, await stranger.json()]).toEqual([200, { status: "unmatched" }]);
  });

  it("accepts the message as the multipart form field “email”, as a file or as text", async () => {
    for (const asFile of [true, false]) {
      const inquiry = await newInquiry();
      const raw = fixture("apple-mail-attachment.eml", inquiry.placeholders);
      const form = new FormData();
      form.set("email", asFile ? new Blob([new Uint8Array(raw)], { type: "message/rfc822" }) : raw.toString("utf8"));
      const response = await handleInboundRequest(new Request(url, { method: "POST", body: form, headers: authorised }), { secret });
      expect(await response.json()).toEqual({ status: "attached", reference: inquiry.reference });
      const [message] = await db.inquiryMessage.findMany({ where: { inquiryId: inquiry.id }, include: { attachments: true } });
      expect(message?.attachments.map((a) => a.size).sort()).toEqual([642, 94].sort());
    }
  });

  it("answers 413 to oversized bodies, declared or not, and 400/415 to bad input, never 500", async () => {
    const declared = await handleInboundRequest(post("x", { ...authorised, "content-length": String(50 * 1024 * 1024) }), { secret });
    expect(declared.status).toBe(413);
    const streamed = await handleInboundRequest(post(new Uint8Array(MAX_RAW_EMAIL_BYTES + 100 * 1024).fill(97), authorised), { secret });
    expect(streamed.status).toBe(413);
    for (const [body, headers, status] of [
      ["", {}, 400],
      ["no headers, just words", {}, 400],
      [
        "--x\r\nContent-Disposition: form-data; name=other\r\n\r\nhi\r\n--x--\r\n",
        { "content-type": "multipart/form-data; boundary=x" },
        400,
      ],
      ['{"email": "not like this"}', { "content-type": "application/json" }, 415],
    ] as const) {
      const response = await handleInboundRequest(post(body, { ...authorised, ...headers }), { secret });
      expect(response.status).toBe(status);
      expect(await response.json()).toEqual({ error: expect.any(String) });
    }
  });
});
