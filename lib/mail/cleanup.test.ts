import { randomBytes, randomUUID } from "node:crypto";
import { createRequire } from "node:module";
import path from "node:path";
import nodemailer from "nodemailer";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { authSecret } from "@/lib/core/auth-secret";
import { db } from "@/lib/db";
import { hitRateLimit } from "@/lib/core/rate-limit";
import { runCleanup } from "@/lib/mail/cleanup";
import { deliverDueMessages } from "@/lib/mail/outbox";
import { requeueFailedMessage } from "@/lib/mail/requeue";
import { startCleanupSchedule, stopOutboxWorker } from "@/lib/mail/worker";
import { createStaff, newInquiry } from "@/tests/inquiry-fixtures";
import { startSmtpSink, type SmtpSink } from "@/tests/smtp-sink";

// next-auth's own token hashing (not in its package exports), so the cleanup is proven against what
// next-auth really stores.
const { hashToken } = createRequire(import.meta.url)(path.resolve("node_modules/next-auth/core/lib/utils.js")) as {
  hashToken(token: string, options: { provider: { secret?: string }; secret: string }): string;
};

const MINUTE = 60_000;
const DAY = 86_400_000;
const ago = (ms: number) => new Date(Date.now() - ms);

let smtp: SmtpSink;
beforeAll(async () => {
  smtp = await startSmtpSink();
});
afterAll(async () => {
  await smtp.stop();
});

/** A sign-in email as lib/auth/options.ts queues it, and its token as next-auth stores it. */
async function signInMessage({ token = "live", createdAt = ago(5 * MINUTE), status = "PENDING" as "PENDING" | "SENT" } = {}) {
  const identifier = `staff.${randomUUID().slice(0, 8)}@reagentdesk.example`;
  const raw = randomBytes(32).toString("hex");
  const url = `http://localhost:3000/api/auth/callback/email?${new URLSearchParams({ callbackUrl: "http://localhost:3000/staff", token: raw, email: identifier })}`;
  const hashed = hashToken(raw, { provider: {}, secret: authSecret() });
  if (token !== "used") {
    await db.verificationToken.create({
      data: { identifier, token: hashed, expires: token === "expired" ? ago(MINUTE) : new Date(Date.now() + 25 * MINUTE) },
    });
  }
  return db.outboxMessage.create({
    data: {
      template: "staff-sign-in",
      fromAddress: "no-reply@reagentdesk.example",
      toAddress: identifier,
      subject: "Sign in to Reagent Desk staff",
      html: `<a href="${url.replaceAll("&", "&amp;")}">Sign in</a>`,
      text: `Sign in ${url}`,
      messageId: `<sign-in.${randomUUID()}@reagentdesk.example>`,
      status,
      createdAt,
      sentAt: status === "SENT" ? createdAt : null,
    },
  });
}

async function sentMessage(sentAt: Date, status: "SENT" | "FAILED" | "PENDING" = "SENT") {
  return db.outboxMessage.create({
    data: {
      template: "inquiry-ack",
      fromAddress: "no-reply@reagentdesk.example",
      toAddress: `r.${randomUUID().slice(0, 8)}@example.edu`,
      subject: "[Q-2026-000001] We received your quote request",
      html: "<p>Your reference</p>",
      text: "Your reference",
      messageId: `<ack.${randomUUID()}@reagentdesk.example>`,
      status,
      attempts: status === "FAILED" ? 12 : 1,
      lastError: status === "FAILED" ? "connect ECONNREFUSED" : null,
      createdAt: sentAt,
      sentAt: status === "SENT" ? sentAt : null,
    },
  });
}

const reread = (id: string) => db.outboxMessage.findUniqueOrThrow({ where: { id } });

describe("the retention cleanup (issue 12.13)", () => {
  it("removes a sign-in email's body once its link is used or expired, and keeps it while the link works", async () => {
    const live = await signInMessage({ token: "live", status: "SENT" });
    const used = await signInMessage({ token: "used", status: "SENT" });
    const expired = await signInMessage({ token: "expired", status: "SENT" });
    await runCleanup();
    expect(await reread(live.id)).toMatchObject({ text: live.text, bodyRemovedAt: null });
    for (const message of [used, expired]) {
      expect(await reread(message.id)).toMatchObject({
        html: "",
        text: "",
        bodyRemovedAt: expect.any(Date),
        messageId: message.messageId,
        subject: message.subject,
        toAddress: message.toAddress,
      });
    }
  }, 60_000);

  it("never sends a sign-in link that died while waiting, and leaves one just queued alone", async () => {
    const waiting = await signInMessage({ token: "used", status: "PENDING" });
    // next-auth writes the token while the email is queued: a brand-new message may not have it yet.
    const young = await signInMessage({ token: "used", status: "PENDING", createdAt: new Date() });
    await runCleanup();
    expect(await reread(waiting.id)).toMatchObject({ status: "FAILED", text: "", lastError: expect.stringMatching(/used or expired/) });
    expect(await reread(young.id)).toMatchObject({ status: "PENDING", text: young.text });
    // Even if a body-less message were due, the outbox would not send it.
    await db.outboxMessage.update({ where: { id: waiting.id }, data: { status: "PENDING" } });
    await db.outboxMessage.update({ where: { id: young.id }, data: { status: "FAILED" } });
    smtp.messages.length = 0;
    await deliverDueMessages({ transport: nodemailer.createTransport(smtp.url), limit: 500 });
    expect(smtp.messages.filter((m) => m.to && "text" in m.to && m.to.text === waiting.toAddress)).toEqual([]);
    await db.outboxMessage.update({ where: { id: waiting.id }, data: { status: "FAILED" } });
  });

  it("removes sent bodies after the configured days, keeping headers and Message-ID, and keeps unsent ones", async () => {
    const old = await sentMessage(ago(31 * DAY));
    const recent = await sentMessage(ago(29 * DAY));
    const failed = await sentMessage(ago(60 * DAY), "FAILED");
    await runCleanup({ sentBodyDays: 30 });
    expect(await reread(old.id)).toMatchObject({
      html: "",
      text: "",
      bodyRemovedAt: expect.any(Date),
      status: "SENT",
      messageId: old.messageId,
      subject: old.subject,
      toAddress: old.toAddress,
    });
    expect(await reread(recent.id)).toMatchObject({ text: "Your reference", bodyRemovedAt: null });
    expect(await reread(failed.id)).toMatchObject({ text: "Your reference", bodyRemovedAt: null });
    await runCleanup({ sentBodyDays: 7 });
    expect((await reread(recent.id)).bodyRemovedAt).not.toBeNull();
  });

  it("prunes rate-limit counters whose window is over, and refuses windows longer than it keeps", async () => {
    const key = `test:${randomUUID()}`;
    await hitRateLimit({ key, limit: 5, windowMs: 3_600_000, now: ago(2 * DAY) });
    await hitRateLimit({ key, limit: 5, windowMs: 3_600_000 });
    const report = await runCleanup();
    expect(report.rateLimitRows).toBeGreaterThanOrEqual(1);
    expect((await db.rateLimitHit.findMany({ where: { key } })).map((r) => r.windowStart.getTime() > Date.now() - DAY)).toEqual([true]);
    await expect(hitRateLimit({ key, limit: 5, windowMs: 2 * DAY })).rejects.toThrow(RangeError);
  });

  it("deletes expired sessions and sign-in tokens, keeping live ones", async () => {
    const user = await db.user.create({ data: { email: `u.${randomUUID().slice(0, 8)}@reagentdesk.example` } });
    const token = () => randomUUID();
    const [expiredSession, liveSession] = [token(), token()];
    await db.session.createMany({
      data: [
        { sessionToken: expiredSession, userId: user.id, expires: ago(MINUTE) },
        { sessionToken: liveSession, userId: user.id, expires: new Date(Date.now() + DAY) },
      ],
    });
    const [expiredToken, liveToken] = [token(), token()];
    await db.verificationToken.createMany({
      data: [
        { identifier: user.email!, token: expiredToken, expires: ago(MINUTE) },
        { identifier: user.email!, token: liveToken, expires: new Date(Date.now() + DAY) },
      ],
    });
    await runCleanup();
    expect((await db.session.findMany({ where: { userId: user.id } })).map((s) => s.sessionToken)).toEqual([liveSession]);
    expect((await db.verificationToken.findMany({ where: { identifier: user.email! } })).map((t) => t.token)).toEqual([liveToken]);
  });

  it("runs on the mail worker's schedule, with or without SMTP", async () => {
    const user = await db.user.create({ data: { email: `s.${randomUUID().slice(0, 8)}@reagentdesk.example` } });
    await db.session.create({ data: { sessionToken: randomUUID(), userId: user.id, expires: ago(MINUTE) } });
    startCleanupSchedule(50);
    try {
      await expect.poll(() => db.session.count({ where: { userId: user.id } }), { timeout: 10_000 }).toBe(0);
    } finally {
      await stopOutboxWorker();
    }
  });
});

describe("re-queuing a failed message (issue 12.13)", () => {
  it("sends a FAILED message again with fresh attempts and records who did it", async () => {
    const admin = await createStaff({ role: "ADMIN", name: "Requeue Admin" });
    const inquiry = await newInquiry();
    const message = await db.outboxMessage.findFirstOrThrow({ where: { inquiryId: inquiry.id, template: "inquiry-ack" } });
    await db.outboxMessage.update({
      where: { id: message.id },
      data: { status: "FAILED", attempts: 12, lastError: "550 mailbox unavailable" },
    });

    expect(await requeueFailedMessage({ id: message.id, actorId: admin.id })).toEqual({ to: inquiry.email });
    expect(await reread(message.id)).toMatchObject({ status: "PENDING", attempts: 0, lastError: null });
    expect(await db.auditLog.findMany({ where: { inquiryId: inquiry.id, action: "mail.requeue" } })).toEqual([
      expect.objectContaining({
        actorId: admin.id,
        before: { status: "FAILED", attempts: 12, lastError: "550 mailbox unavailable" },
        after: expect.objectContaining({ status: "PENDING", to: inquiry.email }),
      }),
    ]);
    smtp.messages.length = 0;
    await deliverDueMessages({ transport: nodemailer.createTransport(smtp.url), limit: 500 });
    expect(smtp.messages.map((m) => m.messageId)).toContain(message.messageId);
    expect((await reread(message.id)).status).toBe("SENT");
    // Sent now: a second click is refused in words.
    await expect(requeueFailedMessage({ id: message.id, actorId: admin.id })).rejects.toThrow(/has been sent/);
  });

  it("refuses sign-in links and messages whose body the cleanup removed", async () => {
    const admin = await createStaff({ role: "ADMIN" });
    const signIn = await signInMessage({ token: "live", status: "PENDING" });
    await db.outboxMessage.update({ where: { id: signIn.id }, data: { status: "FAILED" } });
    await expect(requeueFailedMessage({ id: signIn.id, actorId: admin.id })).rejects.toThrow(/Sign-in links expire/);
    const emptied = await sentMessage(ago(DAY), "FAILED");
    await db.outboxMessage.update({ where: { id: emptied.id }, data: { html: "", text: "", bodyRemovedAt: new Date() } });
    await expect(requeueFailedMessage({ id: emptied.id, actorId: admin.id })).rejects.toThrow(/removed by the retention cleanup/);
    expect((await reread(emptied.id)).status).toBe("FAILED");
  });
});
