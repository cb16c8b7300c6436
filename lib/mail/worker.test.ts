import { setTimeout as sleep } from "node:timers/promises";
import nodemailer from "nodemailer";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { OUTBOX_BATCH_SIZE } from "@/lib/mail/outbox";
import { SMTP_PROBE_FIRST_MS, startOutboxWorker, stopOutboxWorker, wakeOutboxWorker } from "@/lib/mail/worker";
import { enqueueTestMail } from "@/tests/outbox-fixtures";
import { startSmtpSink, type SmtpSink } from "@/tests/smtp-sink";

let smtp: SmtpSink;

async function waitFor<T>(read: () => Promise<T>, done: (value: T) => boolean, timeoutMs: number) {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (done(value) || Date.now() > until) return value;
    await sleep(50);
  }
}

const claimedCount = () => db.outboxMessage.count({ where: { attempts: { gt: 0 } } });
const failedCount = () => db.outboxMessage.count({ where: { lastError: { not: null } } });

beforeEach(async () => {
  await db.outboxMessage.deleteMany({});
  smtp = await startSmtpSink();
});
afterEach(async () => {
  await stopOutboxWorker();
  await smtp.stop();
});

describe("the outbox worker during an SMTP outage", () => {
  it("claims no more mail while the server refuses connections, and sends all of it once the server answers", async () => {
    const transport = nodemailer.createTransport(smtp.url);
    await smtp.stop(); // connections now refused
    const batch = await enqueueTestMail(OUTBOX_BATCH_SIZE * 3);
    startOutboxWorker({ transport, pollMs: 100 });

    // The first round fails on the connection; then nothing else is claimed, however often it is woken.
    expect(await waitFor(failedCount, (n) => n === OUTBOX_BATCH_SIZE, 10_000)).toBe(OUTBOX_BATCH_SIZE);
    for (let i = 0; i < 10; i++) {
      wakeOutboxWorker();
      await sleep(50);
    }
    expect(await claimedCount()).toBeLessThanOrEqual(OUTBOX_BATCH_SIZE);
    const untouched = await db.outboxMessage.count({ where: { attempts: 0, status: "PENDING" } });
    expect(untouched).toBeGreaterThanOrEqual(OUTBOX_BATCH_SIZE * 2);

    await smtp.start();
    // The messages of the failed round wait for their retry time; make them due so all can go now.
    await db.outboxMessage.updateMany({ where: { status: "PENDING" }, data: { nextAttemptAt: new Date(0) } });
    const sent = await waitFor(
      () => db.outboxMessage.count({ where: { status: "SENT" } }),
      (n) => n === OUTBOX_BATCH_SIZE * 3,
      SMTP_PROBE_FIRST_MS * 8 + 5_000,
    );
    expect(sent).toBe(OUTBOX_BATCH_SIZE * 3);
    const received = smtp.messages.filter((m) => m.subject?.startsWith(`[${batch}]`));
    expect(new Set(received.map((m) => m.messageId)).size).toBe(OUTBOX_BATCH_SIZE * 3);
    expect(received).toHaveLength(OUTBOX_BATCH_SIZE * 3);
  });
});
