import { randomUUID } from "node:crypto";
import nodemailer from "nodemailer";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { deliverDueMessages, getMailboxMessage, listMailbox, retryDelayMs, SIGN_IN_TEMPLATE } from "@/lib/mail/outbox";
import { startSmtpSink, type SmtpSink } from "@/tests/smtp-sink";

let smtp: SmtpSink;

async function enqueue(count: number) {
  const batch = randomUUID().slice(0, 8);
  await db.outboxMessage.createMany({
    data: Array.from({ length: count }, (_, i) => ({
      template: "test",
      fromAddress: "no-reply@reagentdesk.example",
      toAddress: `researcher${i}@example.edu`,
      subject: `[${batch}] message ${i}`,
      html: `<p>message ${i}</p>`,
      text: `message ${i}`,
      messageId: `<test.${batch}.${i}@reagentdesk.example>`,
    })),
  });
  return batch;
}

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
