import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { messageIdFor } from "@/lib/mail/addresses";
import { cannedRepliesFor, replySubject, seedCannedReplies, sendReply, templateValuesFor, threadHeaders } from "@/lib/triage/replies";
import { cannedReplies } from "@/prisma/seed-data/canned-replies";
import { DomainError } from "@/lib/core/domain-error";
import { createStaff, newInquiry } from "@/tests/inquiry-fixtures";
import { rendered, renderedAll } from "@/tests/outbox-fixtures";

const ids = (n: number) => Array.from({ length: n }, (_, i) => `<m${i + 1}@mail.example>`);

describe("threadHeaders", () => {
  it("answers the acknowledgment when there is no conversation yet", () => {
    expect(threadHeaders("<ack.1@rd.example>", [])).toEqual({ inReplyTo: "<ack.1@rd.example>", references: "<ack.1@rd.example>" });
  });

  it("answers the latest message and lists the acknowledgment first, then the conversation in order", () => {
    expect(threadHeaders("<ack.1@rd.example>", ids(3))).toEqual({
      inReplyTo: "<m3@mail.example>",
      references: "<ack.1@rd.example> <m1@mail.example> <m2@mail.example> <m3@mail.example>",
    });
  });

  it("keeps References to 20 IDs: the acknowledgment and the 19 latest", () => {
    const { inReplyTo, references } = threadHeaders("<ack.1@rd.example>", ids(30));
    const list = references.split(" ");
    expect(list).toHaveLength(20);
    expect(list[0]).toBe("<ack.1@rd.example>");
    expect(list.slice(1)).toEqual(ids(30).slice(11));
    expect(inReplyTo).toBe("<m30@mail.example>");
    // Exactly at the limit nothing is dropped.
    expect(threadHeaders("<ack.1@rd.example>", ids(19)).references.split(" ")).toEqual(["<ack.1@rd.example>", ...ids(19)]);
  });
});

describe("replySubject", () => {
  it("keeps the reference in brackets, as in the acknowledgment", () => {
    expect(replySubject("Q-2026-000123", "quote request")).toBe("Re: [Q-2026-000123] We received your quote request");
  });
});

describe("templateValuesFor", () => {
  it("names the quoted products with their catalog numbers", () => {
    const values = templateValuesFor({
      name: "Dr Ana Ruiz",
      reference: "Q-2026-000123",
      items: [
        { catalogNumber: "B8105958", productName: "LY3020371 hydrochloride" },
        { catalogNumber: "B8106012", productName: "Ketamine hydrochloride" },
      ],
      details: {},
    });
    expect(values).toEqual({
      name: "Dr Ana Ruiz",
      reference: "Q-2026-000123",
      product: "LY3020371 hydrochloride (B8105958), Ketamine hydrochloride (B8106012)",
    });
  });

  it("uses the compound name of a custom synthesis, and a phrase when there is none", () => {
    expect(
      templateValuesFor({ name: "A", reference: "CS-2026-000001", items: [], details: { compoundName: "Ketamine-d4", smiles: "C" } })
        .product,
    ).toBe("Ketamine-d4");
    expect(templateValuesFor({ name: "A", reference: "CS-2026-000002", items: [], details: { smiles: "C" } }).product).toBe(
      "the compound you asked about",
    );
    expect(templateValuesFor({ name: "A", reference: "CS-2026-000003", items: [], details: null }).product).toBe(
      "the compound you asked about",
    );
  });
});

describe("sendReply", () => {
  let actor: { id: string; name: string };
  beforeAll(async () => {
    const staff = await createStaff({ name: "Ada Admin", role: "ADMIN" });
    actor = { id: staff.id, name: staff.name };
  });

  const stored = async (inquiryId: string) => ({
    inquiry: await db.inquiry.findUniqueOrThrow({ where: { id: inquiryId } }),
    messages: await db.inquiryMessage.findMany({ where: { inquiryId }, orderBy: { createdAt: "asc" } }),
    outbox: await renderedAll(
      await db.outboxMessage.findMany({ where: { inquiryId, template: "staff-reply" }, orderBy: { createdAt: "asc" } }),
    ),
    audit: await db.auditLog.findMany({ where: { inquiryId, actorId: actor.id }, orderBy: { createdAt: "asc" } }),
  });

  it("queues the reply to the requester, threaded under the acknowledgment, and records it", async () => {
    const inquiry = await newInquiry();
    const ack = messageIdFor("ack", inquiry.id);
    const now = new Date("2026-03-03T10:00:00Z");
    const { messageId } = await sendReply({ inquiryId: inquiry.id, body: "Dear Dr Ruiz,\n\n10 mg are in stock.", actor, now });

    const { messages, outbox, inquiry: after, audit } = await stored(inquiry.id);
    const subject = `Re: [${inquiry.reference}] We received your quote request`;
    expect(messages).toEqual([
      expect.objectContaining({
        direction: "OUTBOUND",
        authorId: actor.id,
        fromAddress: env.QUOTES_INBOX,
        toAddress: inquiry.email,
        subject,
        text: "Dear Dr Ruiz,\n\n10 mg are in stock.",
        messageId,
        inReplyTo: ack,
        references: ack,
        createdAt: now,
      }),
    ]);
    expect(outbox).toEqual([
      expect.objectContaining({
        status: "PENDING",
        template: "staff-reply",
        toAddress: inquiry.email,
        replyTo: env.QUOTES_INBOX,
        subject,
        messageId,
        inReplyTo: ack,
        references: ack,
      }),
    ]);
    expect(outbox[0]!.text).toContain("10 mg are in stock.");
    expect(outbox[0]!.text).toContain("Ada Admin");
    expect(after.firstResponseAt).toEqual(now);
    expect(after.status).toBe("NEW");
    expect(audit).toEqual([expect.objectContaining({ action: "reply", after: { messageId, firstResponse: true } })]);
  });

  it("stamps the first response time only once, and threads the second reply after the first", async () => {
    const inquiry = await newInquiry();
    const ack = messageIdFor("ack", inquiry.id);
    const first = await sendReply({ inquiryId: inquiry.id, body: "First answer", actor, now: new Date("2026-03-03T10:00:00Z") });
    const second = await sendReply({ inquiryId: inquiry.id, body: "Second answer", actor, now: new Date("2026-03-04T10:00:00Z") });

    const { inquiry: after, outbox, audit } = await stored(inquiry.id);
    expect(after.firstResponseAt).toEqual(new Date("2026-03-03T10:00:00Z"));
    const last = outbox.find((m) => m.messageId === second.messageId);
    expect(last).toMatchObject({ inReplyTo: first.messageId, references: `${ack} ${first.messageId}` });
    expect(audit.map((a) => a.after)).toEqual([
      { messageId: first.messageId, firstResponse: true },
      { messageId: second.messageId, firstResponse: false },
    ]);
  });

  it("moves the status on when asked and allowed, and closes on a closing status", async () => {
    const inquiry = await newInquiry();
    const now = new Date("2026-03-05T09:30:00Z");
    await sendReply({ inquiryId: inquiry.id, body: "Here is your quote.", thenStatus: "QUOTED", actor, now });
    expect(await db.inquiry.findUniqueOrThrow({ where: { id: inquiry.id } })).toMatchObject({
      status: "QUOTED",
      closedAt: null,
      firstResponseAt: now,
    });
    await sendReply({ inquiryId: inquiry.id, body: "Thank you for the order.", thenStatus: "WON", actor, now });
    expect(await db.inquiry.findUniqueOrThrow({ where: { id: inquiry.id } })).toMatchObject({ status: "WON", closedAt: now });
    const { audit } = await stored(inquiry.id);
    expect(audit.filter((a) => a.action === "status").map((a) => [a.before, a.after])).toEqual([
      [{ status: "NEW" }, { status: "QUOTED" }],
      [{ status: "QUOTED" }, { status: "WON" }],
    ]);
  });

  it("refuses a status the workflow does not allow, storing and queueing nothing", async () => {
    const inquiry = await newInquiry();
    const attempt = sendReply({ inquiryId: inquiry.id, body: "Thanks for your order", thenStatus: "WON", actor });
    await expect(attempt).rejects.toBeInstanceOf(DomainError);
    await expect(attempt).rejects.toThrow("An inquiry that is new cannot be moved to won.");
    const { messages, outbox, inquiry: after, audit } = await stored(inquiry.id);
    expect({ messages, outbox, audit }).toEqual({ messages: [], outbox: [], audit: [] });
    expect(after).toMatchObject({ status: "NEW", firstResponseAt: null });
  });

  it("refuses to reply to spam", async () => {
    const inquiry = await newInquiry();
    await db.inquiry.update({ where: { id: inquiry.id }, data: { status: "SPAM", statusBeforeSpam: "NEW" } });
    await expect(sendReply({ inquiryId: inquiry.id, body: "Hello", actor })).rejects.toThrow(DomainError);
    const { messages, outbox } = await stored(inquiry.id);
    expect([...messages, ...outbox]).toEqual([]);
  });

  it("escapes what staff typed in the email's HTML, keeping it readable in the text", async () => {
    const inquiry = await newInquiry();
    const body = "Please do not run <script>alert('x')</script> & <b>bold</b>";
    const { messageId } = await sendReply({ inquiryId: inquiry.id, body, actor });
    const mail = await rendered(await db.outboxMessage.findUniqueOrThrow({ where: { messageId } }));
    expect(mail.html).not.toContain("<script>");
    expect(mail.html).not.toContain("<b>bold</b>");
    expect(mail.html).toContain("&lt;script&gt;");
    expect(mail.text).toContain("<script>alert('x')</script>");
    expect((await db.inquiryMessage.findUniqueOrThrow({ where: { messageId } })).text).toBe(body);
  });

  it("refuses a reply that still holds a canned reply's placeholder, unless the sender confirms it", async () => {
    await seedCannedReplies(cannedReplies);
    const inquiry = await newInquiry();
    const quote = (
      await cannedRepliesFor({ ...inquiry, items: [{ catalogNumber: "B8105958", productName: "LY3020371 hydrochloride" }] })
    ).find((r) => r.title.startsWith("Quote"))!;
    expect(quote.placeholders).toEqual(["[pack size — price — lead time]"]);

    const refused = await sendReply({ inquiryId: inquiry.id, body: quote.body, actor }).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(DomainError);
    expect((refused as DomainError).fieldErrors.sendAsWritten).toBe(
      "Replace “[pack size — price — lead time]” with your text, or tick the box to send the reply as written",
    );
    expect((await stored(inquiry.id)).outbox).toEqual([]);

    await sendReply({
      inquiryId: inquiry.id,
      body: quote.body.replace("[pack size — price — lead time]", "5 mg — EUR 595 — ships in 2 days"),
      actor,
    });
    await sendReply({ inquiryId: inquiry.id, body: quote.body, sendAsWritten: true, actor });
    // Brackets of chemistry or a reference are not placeholders.
    await sendReply({ inquiryId: inquiry.id, body: `[3H]MK-801 binding, see [1] and [${inquiry.reference}].`, actor });
    expect((await stored(inquiry.id)).outbox).toHaveLength(3);
  });

  it("addresses replies to other kinds from their own inbox", async () => {
    const inquiry = await newInquiry({ kind: "SUPPORT" });
    const { messageId } = await sendReply({ inquiryId: inquiry.id, body: "Use saline.", actor });
    expect(await db.outboxMessage.findUniqueOrThrow({ where: { messageId } })).toMatchObject({
      replyTo: env.SUPPORT_INBOX,
      subject: `Re: [${inquiry.reference}] We received your PhD support compatibility check`,
    });
  });
});
