import "server-only";
import { db } from "@/lib/db";

export type RateLimitResult = { allowed: true } | { allowed: false; retryAt: Date };

/**
 * Count one hit against `key` in a fixed window and say whether it is within `limit`. The counter
 * lives in the database, so the limit holds across every app process.
 */
export async function hitRateLimit({ key, limit, windowMs, now = new Date() }: { key: string; limit: number; windowMs: number; now?: Date }): Promise<RateLimitResult> {
  const windowStart = new Date(Math.floor(now.getTime() / windowMs) * windowMs);
  const [{ count }] = await db.$queryRaw<[{ count: number }]>`
    INSERT INTO "RateLimitHit" (key, "windowStart", count) VALUES (${key}, ${windowStart}, 1)
    ON CONFLICT (key, "windowStart") DO UPDATE SET count = "RateLimitHit".count + 1
    RETURNING count`;
  return count <= limit ? { allowed: true } : { allowed: false, retryAt: new Date(windowStart.getTime() + windowMs) };
}

/** Old windows are of no further use. */
export async function pruneRateLimits({ olderThan }: { olderThan: Date }) {
  await db.rateLimitHit.deleteMany({ where: { windowStart: { lt: olderThan } } });
}
