import { randomUUID } from "node:crypto";
import nodemailer from "nodemailer";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { outboxRow } from "@/lib/mail/enqueue";
import { deliverDueMessages, getMailboxMessage, listMailbox, retryDelayMs, SIGN_IN_TEMPLATE } from "@/lib/mail/outbox";
import { listFailedMessages } from "@/lib/mail/requeue";
import { TemplateRenderError } from "@/lib/mail/templates";
import { enqueueTestMail as enqueue } from "@/tests/outbox-fixtures";
import { startSmtpSink, type SmtpSink } from "@/tests/smtp-sink";

let smtp: SmtpSink;

const delivered = (batch: string) => smtp.messages.filter((m) => m.subject?.startsWith(`[${batch}]`));
const makeDue = () => db.outboxMessage.updateMany({ where: { status: "PENDING" }, data: { nextAttemptAt: new Date(0) } });

beforeAll(async () => {
  smtp = await startSmtpSink();
});
afterAll(async () => {
  await smtp.stop();
});
beforeEach(async () => {
  await db.outboxMessage.deleteMany({});
  smtp.messages.length = 0;
});

describe("outbox delivery", () => {
  it("keeps every message while the SMTP server is down, then delivers each exactly once", async () => {
    const transport = nodemailer.createTransport(smtp.url);
    const batch = await enqueue(6);
    await smtp.stop(); // connections now refused

    const down = await deliverDueMessages({ transport });
    expect(down).toMatchObject({ claimed: 6, sent: 0, failed: 6 });
    const waiting = await db.outboxMessage.findMany();
    expect(waiting.every((m) => m.status === "PENDING" && m.attempts === 1 && m.lastError && m.nextAttemptAt > new Date())).toBe(true);
    // Backoff: nothing is due again straight away.
    expect(await deliverDueMessages({ transport })).toMatchObject({ claimed: 0 });

    await smtp.start();
    await makeDue();
    expect(await deliverDueMessages({ transport })).toMatchObject({ sent: 6, failed: 0 });
    expect(await deliverDueMessages({ transport })).toMatchObject({ claimed: 0 });
    const received = delivered(batch);
    expect(received).toHaveLength(6);
    expect(new Set(received.map((m) => m.messageId)).size).toBe(6);
    expect(await db.outboxMessage.count({ where: { status: "SENT", attempts: 2 } })).toBe(6);
  });

  it("lets two workers race over one outbox without sending anything twice", async () => {
    const batch = await enqueue(40);
    const workerA = nodemailer.createTransport(smtp.url);
    const workerB = nodemailer.createTransport(smtp.url);
    const reports = await Promise.all([
      deliverDueMessages({ transport: workerA, limit: 7 }),
      deliverDueMessages({ transport: workerB, limit: 7 }),
      deliverDueMessages({ transport: workerA, limit: 7 }),
      deliverDueMessages({ transport: workerB, limit: 7 }),
    ]);
    while ((await deliverDueMessages({ transport: workerA, limit: 7 })).claimed > 0);
    expect(reports.reduce((n, r) => n + r.sent, 0)).toBeGreaterThan(0);
    const received = delivered(batch);
    expect(received).toHaveLength(40);
    expect(new Set(received.map((m) => m.messageId)).size).toBe(40);
    expect(await db.outboxMessage.count({ where: { status: "SENT" } })).toBe(40);
  });

  it("takes over a message whose worker died mid-send once its lease runs out, keeping its Message-ID", async () => {
    const batch = await enqueue(1);
    // A worker claimed the message, then its process was killed before marking it.
    await db.outboxMessage.updateMany({ data: { lockedUntil: new Date(Date.now() + 60_000), attempts: 1 } });
    const transport = nodemailer.createTransport(smtp.url);
    expect(await deliverDueMessages({ transport })).toMatchObject({ claimed: 0 });
    await db.outboxMessage.updateMany({ data: { lockedUntil: new Date(Date.now() - 1) } });
    expect(await deliverDueMessages({ transport })).toMatchObject({ sent: 1 });
    const [mail] = delivered(batch);
    expect(mail?.messageId).toBe(`<test.${batch}.0@reagentdesk.example>`);
  });

  it("sends a message's attachments with it, byte for byte, and only that message's", async () => {
    const transport = nodemailer.createTransport(smtp.url);
    const batch = await enqueue(2);
    const [withFile] = await db.outboxMessage.findMany({ where: { subject: { startsWith: `[${batch}]` } }, orderBy: { subject: "asc" } });
    const pdf = Buffer.concat([Buffer.from("%PDF-1.7\n"), Buffer.from([0, 1, 2, 255, 254])]);
    await db.outboxAttachment.create({
      data: { messageId: withFile!.id, filename: "QT-2026-000001.pdf", contentType: "application/pdf", content: pdf },
    });

    expect(await deliverDueMessages({ transport })).toMatchObject({ sent: 2 });
    const [first, second] = delivered(batch).sort((a, b) => a.subject!.localeCompare(b.subject!));
    expect(first!.attachments.map((a) => [a.filename, a.contentType])).toEqual([["QT-2026-000001.pdf", "application/pdf"]]);
    expect(Buffer.compare(first!.attachments[0]!.content, pdf)).toBe(0);
    expect(second!.attachments).toEqual([]);
  });

  it("backs off exponentially up to an hour", () => {
    expect(retryDelayMs(1)).toBeGreaterThanOrEqual(8_000);
    expect(retryDelayMs(1)).toBeLessThanOrEqual(12_000);
    expect(retryDelayMs(4)).toBeGreaterThanOrEqual(64_000);
    expect(retryDelayMs(30)).toBeLessThanOrEqual(3_600_000 * 1.2);
  });
});

describe("rendering at send time", () => {
  const linkProps = (batch: string) => ({
    reference: `Q-2026-${batch}`,
    pageUrl: `http://localhost:3000/requests/Q-2026-${batch}?token=abc`,
    days: 90,
  });

  it("stores only the template and its props, and renders them when it sends, under the stored Message-ID", async () => {
    const batch = randomUUID().slice(0, 8);
    const messageId = `<render.${batch}@reagentdesk.example>`;
    await db.outboxMessage.create({
      data: outboxRow("requester-link", linkProps(batch), { toAddress: "researcher@example.edu", messageId }),
    });
    const stored = await db.outboxMessage.findUniqueOrThrow({ where: { messageId } });
    expect(stored).toMatchObject({
      template: "requester-link",
      html: null,
      text: null,
      subject: `[Q-2026-${batch}] Your link to this request`,
    });

    expect(await deliverDueMessages({ transport: nodemailer.createTransport(smtp.url) })).toMatchObject({ sent: 1, failed: 0 });
    const [mail] = smtp.messages;
    expect(mail?.messageId).toBe(messageId);
    expect(mail?.subject).toBe(`[Q-2026-${batch}] Your link to this request`);
    expect(mail?.text).toContain(`http://localhost:3000/requests/Q-2026-${batch}?token=abc`);
    expect(mail?.text).toContain("The link works for 90 days");
    expect(mail?.html).toContain(`Your link to request Q-2026-${batch}`);
  });

  it("refuses props the template's schema refuses when the mail is queued", () => {
    expect(() =>
      outboxRow("requester-link", { reference: "Q-2026-000001" } as never, { toAddress: "a@example.edu", messageId: "<x@example>" }),
    ).toThrow(TemplateRenderError);
  });

  it("marks a message that cannot be rendered FAILED with the error at once, sends the others, and lists it where staff see failed mail", async () => {
    const batch = randomUUID().slice(0, 8);
    const headers = (n: number) => ({
      fromAddress: "no-reply@reagentdesk.example",
      toAddress: `researcher${n}@example.edu`,
      subject: `[${batch}] message ${n}`,
      messageId: `<render.${batch}.${n}@reagentdesk.example>`,
    });
    await db.outboxMessage.createMany({
      data: [
        // A template removed while the message waited, and props a changed template no longer accepts.
        { ...headers(0), template: "retired-template", props: linkProps(batch) },
        { ...headers(1), template: "requester-link", props: { ...linkProps(batch), days: "ninety" } },
        { ...outboxRow("requester-link", linkProps(batch), { toAddress: "researcher2@example.edu", messageId: headers(2).messageId }) },
      ],
    });
    const transport = nodemailer.createTransport(smtp.url);
    expect(await deliverDueMessages({ transport })).toMatchObject({ claimed: 3, sent: 1, failed: 2 });
    expect(smtp.messages.map((m) => m.messageId)).toEqual([headers(2).messageId]);

    const failed = await db.outboxMessage.findMany({ where: { status: "FAILED" }, orderBy: { subject: "asc" } });
    expect(failed.map((m) => [m.subject, m.attempts, m.lockedUntil])).toEqual([
      [`[${batch}] message 0`, 1, null],
      [`[${batch}] message 1`, 1, null],
    ]);
    expect(failed[0]!.lastError).toBe('Could not render the email: Unknown email template "retired-template"');
    expect(failed[1]!.lastError).toMatch(/^Could not render the email: Props of email template "requester-link" are invalid: days: /);
    // Not retried: nothing is due, even once the back-off would have passed.
    await makeDue();
    expect(await deliverDueMessages({ transport })).toMatchObject({ claimed: 0 });
    // /staff/mail lists failed mail with its error.
    const listed = await listFailedMessages();
    expect(listed.map((m) => m.lastError)).toEqual(expect.arrayContaining([failed[0]!.lastError, failed[1]!.lastError]));
  });
});

describe("the dev mailbox", () => {
  it("lists and opens every queued email except sign-in links", async () => {
    const batch = await enqueue(1);
    const signIn = await db.outboxMessage.create({
      data: {
        template: SIGN_IN_TEMPLATE,
        fromAddress: "no-reply@reagentdesk.example",
        toAddress: "admin@reagentdesk.example",
        subject: "Sign in to Reagent Desk staff",
        html: "<a href='http://localhost:3000/api/auth/callback/email?token=secret'>Sign in</a>",
        text: "http://localhost:3000/api/auth/callback/email?token=secret",
        messageId: `<sign-in.${batch}@reagentdesk.example>`,
      },
    });
    const listed = await listMailbox();
    expect(listed.map((m) => m.subject)).toEqual([`[${batch}] message 0`]);
    expect(await getMailboxMessage({ id: listed[0]!.id })).not.toBeNull();
    expect(await getMailboxMessage({ id: signIn.id })).toBeNull();
  });
});
