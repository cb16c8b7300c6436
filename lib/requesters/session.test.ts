import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { getOwnFile, getOwnQuotePdf, getRequesterPage, ownInquiry } from "@/lib/requesters/access";
import { checkRequesterLink, hashToken, newRequesterToken, storeRequesterLink } from "@/lib/requesters/links";
import { liveSession, signSession, verifySession } from "@/lib/requesters/session";
import { sendReply } from "@/lib/triage/replies";
import { createStaff, newInquiry, uniqueToken } from "@/tests/inquiry-fixtures";
import { rendered } from "@/tests/outbox-fixtures";

const inAnHour = () => new Date(Date.now() + 3_600_000);

async function linkFor(inquiry: { id: string; email: string }, now = new Date()) {
  const { token, tokenHash } = newRequesterToken();
  await storeRequesterLink(db, { inquiryId: inquiry.id, email: inquiry.email, tokenHash, now });
  const link = await db.requesterLink.findUniqueOrThrow({ where: { tokenHash } });
  return { token, link };
}

async function sessionFor(inquiry: { id: string; email: string }) {
  const { link } = await linkFor(inquiry);
  return { linkId: link.id, email: link.email, expiresAt: inAnHour() };
}

describe("requester session cookie", () => {
  const session = { linkId: "clinkid000000000000000001", email: "ana@lab.example.edu", expiresAt: inAnHour() };

  it("reads back what it signed", () => {
    expect(verifySession(signSession(session))).toEqual(session);
  });

  it("refuses an altered payload, a forged signature, an expired value and junk", () => {
    const value = signSession(session);
    const [payload, signature] = value.split(".");
    const otherPayload = Buffer.from(JSON.stringify({ l: session.linkId, e: "eve@evil.example", x: session.expiresAt.getTime() })).toString(
      "base64url",
    );
    expect(verifySession(`${otherPayload}.${signature}`)).toBeNull();
    expect(verifySession(`${payload}.${Buffer.alloc(32).toString("base64url")}`)).toBeNull();
    expect(verifySession(`${payload}.${signature!.slice(0, -2)}`)).toBeNull();
    expect(verifySession(signSession({ ...session, expiresAt: new Date(Date.now() - 1) }))).toBeNull();
    expect(verifySession(value, new Date(session.expiresAt.getTime() + 1))).toBeNull();
    for (const junk of [undefined, "", ".", "a.b.c", "x".repeat(2000)]) expect(verifySession(junk)).toBeNull();
  });

  it("ends when staff revoke the link it came from, and never names another address than its link's", async () => {
    const inquiry = await newInquiry();
    const { link } = await linkFor(inquiry);
    const value = signSession({ linkId: link.id, email: link.email, expiresAt: inAnHour() });
    expect(await liveSession(value)).not.toBeNull();
    // Signed correctly (say, with a leaked secret) but for someone else's address on this link.
    expect(await liveSession(signSession({ linkId: link.id, email: "eve@evil.example", expiresAt: inAnHour() }))).toBeNull();
    await db.requesterLink.update({ where: { id: link.id }, data: { revokedAt: new Date() } });
    expect(await liveSession(value)).toBeNull();
  });
});

describe("private links", () => {
  it("open only their own reference, and tell expired and revoked apart from invalid", async () => {
    const [a, b] = [await newInquiry(), await newInquiry()];
    const { token } = await linkFor(a);
    expect(await checkRequesterLink({ reference: a.reference, token })).toMatchObject({
      ok: true,
      inquiryId: a.id,
      email: a.email.toLowerCase(),
    });
    expect(await checkRequesterLink({ reference: b.reference, token })).toEqual({ ok: false, reason: "invalid" });
    const tampered = token.slice(0, -1) + (token.endsWith("A") ? "B" : "A");
    expect(await checkRequesterLink({ reference: a.reference, token: tampered })).toEqual({ ok: false, reason: "invalid" });
    expect(await checkRequesterLink({ reference: a.reference, token: "short" })).toEqual({ ok: false, reason: "invalid" });

    const old = await linkFor(a, new Date(Date.now() - 400 * 86_400_000));
    expect(await checkRequesterLink({ reference: a.reference, token: old.token })).toEqual({ ok: false, reason: "expired" });
    await db.requesterLink.update({ where: { tokenHash: hashToken(token) }, data: { revokedAt: new Date() } });
    expect(await checkRequesterLink({ reference: a.reference, token })).toEqual({ ok: false, reason: "revoked" });
  });

  it("is carried by the acknowledgment, and the token in it opens the page", async () => {
    const inquiry = await newInquiry();
    const ack = await rendered(await db.outboxMessage.findFirstOrThrow({ where: { inquiryId: inquiry.id, template: "inquiry-ack" } }));
    const token = new RegExp(`/requests/${inquiry.reference}\\?token=([A-Za-z0-9_-]{43})`).exec(ack.text)?.[1];
    expect(token).toBeTruthy();
    expect(await checkRequesterLink({ reference: inquiry.reference, token: token! })).toMatchObject({ ok: true, inquiryId: inquiry.id });
  });
});

describe("staff replies", () => {
  it("each carry a fresh link of their own that opens the page", async () => {
    const inquiry = await newInquiry();
    const staff = await createStaff();
    await sendReply({ inquiryId: inquiry.id, body: "Here is our answer.", actor: staff });
    const reply = await rendered(await db.outboxMessage.findFirstOrThrow({ where: { inquiryId: inquiry.id, template: "staff-reply" } }));
    const ack = await rendered(await db.outboxMessage.findFirstOrThrow({ where: { inquiryId: inquiry.id, template: "inquiry-ack" } }));
    const tokenIn = (text: string) => new RegExp(`/requests/${inquiry.reference}\\?token=([A-Za-z0-9_-]{43})`).exec(text)?.[1];
    expect(tokenIn(reply.text)).toBeTruthy();
    expect(tokenIn(reply.text)).not.toBe(tokenIn(ack.text));
    expect(await checkRequesterLink({ reference: inquiry.reference, token: tokenIn(reply.text)! })).toMatchObject({ ok: true });
  });
});

describe("what a session can read", () => {
  async function quoteOn(inquiryId: string) {
    return db.quote.create({
      data: {
        inquiryId,
        number: `QT-T-${uniqueToken()}`,
        status: "SENT",
        currency: "EUR",
        taxNote: "Excl. VAT",
        paymentTerms: "30 days",
        incoterms: "DAP",
        validUntil: new Date(Date.UTC(2099, 0, 5)),
        buyerName: "Dr Ana Ruiz",
        buyerInstitution: "Example University",
        sentAt: new Date(),
        pdf: new Uint8Array(Buffer.from("%PDF-1.7 test")),
      },
    });
  }

  it("shows one requester nothing of another's request: not by reference, file id or quote id", async () => {
    const [a, b] = [await newInquiry(), await newInquiry()];
    const sessionA = await sessionFor(a);
    const bFile = await db.inquiryMessage.create({
      data: {
        inquiryId: b.id,
        direction: "INBOUND",
        fromAddress: b.email,
        toAddress: "quotes@reagentdesk.example",
        subject: "spec",
        text: "spec attached",
        messageId: `<${uniqueToken()}@test>`,
        attachments: {
          create: { filename: "b.pdf", contentType: "application/pdf", size: 5, content: new Uint8Array(Buffer.from("%PDF-")) },
        },
      },
      select: { attachments: { select: { id: true } } },
    });
    const bQuote = await quoteOn(b.id);

    expect(await ownInquiry(sessionA, a.reference)).not.toBeNull();
    expect(await ownInquiry(sessionA, b.reference)).toBeNull();
    expect(await getRequesterPage(sessionA, b.reference)).toBeNull();
    expect(await getOwnFile(sessionA, b.reference, bFile.attachments[0]!.id)).toBeNull();
    // B's ids under A's own reference: the id must belong to the reference too.
    expect(await getOwnFile(sessionA, a.reference, bFile.attachments[0]!.id)).toBeNull();
    expect(await getOwnQuotePdf(sessionA, a.reference, bQuote.id)).toBeNull();
    expect(await getOwnQuotePdf(sessionA, b.reference, bQuote.id)).toBeNull();
    expect(await getOwnQuotePdf(await sessionFor(b), b.reference, bQuote.id)).toMatchObject({ number: bQuote.number });
  });

  it("leaves out internal notes and mail that staff filed from another address", async () => {
    const inquiry = await newInquiry();
    const session = await sessionFor(inquiry);
    const staff = await db.staffMember.create({ data: { email: `${uniqueToken("s")}@reagentdesk.example`, name: "Staff" } });
    await db.inquiryNote.create({ data: { inquiryId: inquiry.id, authorId: staff.id, body: "internal: margin is thin" } });
    const forwarded = await db.inquiryMessage.create({
      data: {
        inquiryId: inquiry.id,
        direction: "INBOUND",
        fromAddress: "colleague@elsewhere.example",
        toAddress: "quotes@reagentdesk.example",
        subject: "fwd",
        text: "forwarded by someone else",
        messageId: `<${uniqueToken()}@test>`,
        matchedBy: "staff",
        attachments: { create: { filename: "x.txt", contentType: "text/plain", size: 1, content: new Uint8Array([65]) } },
      },
      select: { attachments: { select: { id: true } } },
    });
    const page = await getRequesterPage(session, inquiry.reference);
    expect(JSON.stringify(page)).not.toContain("margin is thin");
    expect(page!.conversation.map((m) => m.text)).not.toContain("forwarded by someone else");
    expect(await getOwnFile(session, inquiry.reference, forwarded.attachments[0]!.id)).toBeNull();
  });
});
