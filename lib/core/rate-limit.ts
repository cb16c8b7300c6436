// No "server-only" marker: the mail worker's cleanup (started from instrumentation.ts) prunes counters.
import { db } from "@/lib/db";

/** The longest window a limit may use: the cleanup drops every counter whose window started before it. */
export const MAX_RATE_LIMIT_WINDOW_MS = 24 * 3_600_000;

export type RateLimitResult = { allowed: true } | { allowed: false; retryAt: Date };

/**
 * Count one hit against `key` in a fixed window and say whether it is within `limit`. The counter
 * lives in the database, so the limit holds across every app process.
 */
export async function hitRateLimit({
  key,
  limit,
  windowMs,
  now = new Date(),
}: {
  key: string;
  limit: number;
  windowMs: number;
  now?: Date;
}): Promise<RateLimitResult> {
  if (windowMs > MAX_RATE_LIMIT_WINDOW_MS)
    throw new RangeError(`A rate-limit window may be at most ${MAX_RATE_LIMIT_WINDOW_MS} ms: the cleanup prunes older counters.`);
  const windowStart = new Date(Math.floor(now.getTime() / windowMs) * windowMs);
  const [{ count }] = await db.$queryRaw<[{ count: number }]>`
    INSERT INTO "RateLimitHit" (key, "windowStart", count) VALUES (${key}, ${windowStart}, 1)
    ON CONFLICT (key, "windowStart") DO UPDATE SET count = "RateLimitHit".count + 1
    RETURNING count`;
  return count <= limit ? { allowed: true } : { allowed: false, retryAt: new Date(windowStart.getTime() + windowMs) };
}

/** Counters of windows that started before `olderThan`: of no further use once their window is over. */
export async function pruneRateLimits({ olderThan }: { olderThan: Date }) {
  const { count } = await db.rateLimitHit.deleteMany({ where: { windowStart: { lt: olderThan } } });
  return count;
}
