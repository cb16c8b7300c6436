// No "server-only" marker: the mail worker (started from instrumentation.ts) runs it on a schedule,
// and `npm run db:cleanup` runs it by hand.
import { createHash } from "node:crypto";
import { authSecret } from "@/lib/core/auth-secret";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { Prisma } from "@/lib/generated/prisma/client";
import { MAX_RATE_LIMIT_WINDOW_MS, pruneRateLimits } from "@/lib/core/rate-limit";

const DAY_MS = 86_400_000;
export const SIGN_IN_TEMPLATE = "staff-sign-in" as const;

/**
 * The token of a sign-in link as next-auth stores it: sha256 of the token and the secret
 * (next-auth/core/lib/utils hashToken). The link itself is the only place the token appears.
 */
function storedTokenOf(text: string, secret: string) {
  const token = /[?&]token=([^&\s"'<>]+)/.exec(text)?.[1];
  return token
    ? createHash("sha256")
        .update(`${decodeURIComponent(token)}${secret}`)
        .digest("hex")
    : null;
}

/**
 * Sign-in messages whose link can no longer be used (used, expired, or replaced): their bodies hold
 * nothing but a dead link. One still waiting to be sent is not sent any more.
 */
async function removeDeadSignInBodies(now: Date) {
  // next-auth stores the token while the message is being queued, not before: a message younger than
  // this may not have its token row yet.
  const settled = new Date(now.getTime() - 60_000);
  const messages = await db.outboxMessage.findMany({
    where: { template: SIGN_IN_TEMPLATE, bodyRemovedAt: null, createdAt: { lt: settled } },
    select: { id: true, text: true, props: true },
  });
  if (!messages.length) return 0;
  const secret = authSecret();
  // The link is in the props (rendered at send time), or in the text of a message rendered when queued.
  const linkOf = (m: (typeof messages)[number]) => JSON.stringify(m.props ?? null) + (m.text ?? "");
  const hashes = new Map(messages.map((m) => [m.id, storedTokenOf(linkOf(m), secret)]));
  const live = new Set(
    (
      await db.verificationToken.findMany({
        where: { token: { in: [...hashes.values()].filter((h): h is string => h !== null) }, expires: { gt: now } },
        select: { token: true },
      })
    ).map((t) => t.token),
  );
  const dead = messages.filter((m) => !live.has(hashes.get(m.id) ?? "")).map((m) => m.id);
  if (!dead.length) return 0;
  await db.outboxMessage.updateMany({
    where: { id: { in: dead }, status: "PENDING" },
    data: { status: "FAILED", lastError: "The sign-in link was used or expired before it could be sent.", lockedUntil: null },
  });
  const { count } = await db.outboxMessage.updateMany({
    where: { id: { in: dead }, bodyRemovedAt: null },
    data: { props: Prisma.DbNull, html: "", text: "", bodyRemovedAt: now },
  });
  return count;
}

export type CleanupReport = {
  signInBodies: number;
  sentBodies: number;
  rateLimitRows: number;
  sessions: number;
  verificationTokens: number;
};

/**
 * How long the cleanup keeps what it removes, from the settings it runs with: the privacy notice
 * (/privacy) prints these, so the page and the cleanup cannot disagree.
 */
export function retentionPeriods() {
  return {
    /** A sent email's HTML and text bodies; headers stay. */
    sentMailBodyDays: env.MAIL_BODY_RETENTION_DAYS,
    /** Rate-limit counters (keyed by client address or email address). */
    rateLimitHours: MAX_RATE_LIMIT_WINDOW_MS / 3_600_000,
  };
}

/**
 * Remove what is kept past its use (docs/operations.md, "Data retention"). Safe to run from several processes at
 * once: every step is an idempotent delete or update.
 */
export async function runCleanup({
  now = new Date(),
  sentBodyDays = retentionPeriods().sentMailBodyDays,
}: { now?: Date; sentBodyDays?: number } = {}): Promise<CleanupReport> {
  const signInBodies = await removeDeadSignInBodies(now);
  // Headers, status and Message-ID stay: replies still thread on them, and the record of what was sent remains.
  const { count: sentBodies } = await db.outboxMessage.updateMany({
    where: { status: "SENT", sentAt: { lt: new Date(now.getTime() - sentBodyDays * DAY_MS) }, bodyRemovedAt: null },
    data: { props: Prisma.DbNull, html: "", text: "", bodyRemovedAt: now },
  });
  const rateLimitRows = await pruneRateLimits({ olderThan: new Date(now.getTime() - MAX_RATE_LIMIT_WINDOW_MS) });
  const { count: sessions } = await db.session.deleteMany({ where: { expires: { lt: now } } });
  const { count: verificationTokens } = await db.verificationToken.deleteMany({ where: { expires: { lt: now } } });
  return { signInBodies, sentBodies, rateLimitRows, sessions, verificationTokens };
}
