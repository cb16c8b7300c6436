// No "server-only" marker: the mail worker's cleanup (started from instrumentation.ts) prunes counters.
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";

/** The longest window a limit may use: the cleanup drops every counter whose window started before it. */
export const MAX_RATE_LIMIT_WINDOW_MS = 24 * 3_600_000;

export type RateLimitResult = { allowed: true } | { allowed: false; retryAt: Date };

/**
 * Count one hit against `key` in a fixed window and say whether it is within `limit`. The counter
 * lives in the database, so the limit holds across every app process.
 */
export async function hitRateLimit({ now = new Date(), ...limit }: RateLimit & { now?: Date }): Promise<RateLimitResult> {
  const [verdict] = await hitRateLimits([limit], now);
  return verdict;
}

export type RateLimit = { key: string; limit: number; windowMs: number };

/**
 * Several limits in turn, in one statement (one round trip on the submission path): each counts a
 * hit only if every limit before it allowed one, exactly as calling `hitRateLimit` for each in order
 * and stopping at the first refusal would. The verdicts come back in the order given; a limit after
 * a refusal reads as allowed, uncounted.
 */
export async function hitRateLimits<const T extends readonly RateLimit[]>(
  limits: T,
  now = new Date(),
): Promise<{ -readonly [K in keyof T]: RateLimitResult }> {
  type Verdicts = { -readonly [K in keyof T]: RateLimitResult };
  if (!limits.length) return [] as unknown as Verdicts;
  const windows = limits.map(({ key, limit, windowMs }) => {
    if (windowMs > MAX_RATE_LIMIT_WINDOW_MS)
      throw new RangeError(`A rate-limit window may be at most ${MAX_RATE_LIMIT_WINDOW_MS} ms: the cleanup prunes older counters.`);
    return { key, limit, windowMs, windowStart: new Date(Math.floor(now.getTime() / windowMs) * windowMs) };
  });
  // Hit i's INSERT reads only rows the earlier hits returned (a statement's CTEs cannot see each
  // other's writes, but can read each other's RETURNING): none if one of them was over its limit.
  const hits = windows.map(({ key, windowStart }, i) => {
    const earlierAllowed = windows
      .slice(0, i)
      .map((earlier, j) => Prisma.sql`AND EXISTS (SELECT 1 FROM ${Prisma.raw(`h${j}`)} WHERE count <= ${earlier.limit}::int)`);
    return Prisma.sql`${Prisma.raw(`h${i}`)} AS (
      INSERT INTO "RateLimitHit" (key, "windowStart", count)
      SELECT ${key}::text, ${windowStart}::timestamp(3), 1 WHERE true ${earlierAllowed.length ? Prisma.join(earlierAllowed, " ") : Prisma.empty}
      ON CONFLICT (key, "windowStart") DO UPDATE SET count = "RateLimitHit".count + 1
      RETURNING ${i}::int AS i, count)`;
  });
  const selects = windows.map((_, i) => Prisma.sql`SELECT i, count FROM ${Prisma.raw(`h${i}`)}`);
  const rows = await db.$queryRaw<{ i: number; count: number }[]>`WITH ${Prisma.join(hits, ", ")} ${Prisma.join(selects, " UNION ALL ")}`;
  const counts = new Map(rows.map((row) => [Number(row.i), Number(row.count)]));
  return windows.map(({ limit, windowMs, windowStart }, i): RateLimitResult => {
    const count = counts.get(i);
    return count === undefined || count <= limit
      ? { allowed: true }
      : { allowed: false, retryAt: new Date(windowStart.getTime() + windowMs) };
  }) as Verdicts;
}

/** Counters of windows that started before `olderThan`: of no further use once their window is over. */
export async function pruneRateLimits({ olderThan }: { olderThan: Date }) {
  const { count } = await db.rateLimitHit.deleteMany({ where: { windowStart: { lt: olderThan } } });
  return count;
}
