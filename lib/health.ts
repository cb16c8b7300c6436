import "server-only";
import { log } from "@/lib/core/log";
import { getOutboxDepth, type OutboxDepth } from "@/lib/mail/outbox";

export type Health = { status: "ok"; database: "ok"; outbox: OutboxDepth } | { status: "unavailable"; database: "error"; outbox: null };

// A health check that hangs is as bad as one that fails: a load balancer must get an answer.
const CHECK_TIMEOUT_MS = 3_000;

/** What /api/health reports: the database answers, and how much mail waits. Counts only, no content. */
export async function checkHealth(): Promise<Health> {
  let timer: NodeJS.Timeout | undefined;
  try {
    const outbox = await Promise.race([
      getOutboxDepth(),
      new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error(`no answer within ${CHECK_TIMEOUT_MS} ms`)), CHECK_TIMEOUT_MS);
      }),
    ]);
    return { status: "ok", database: "ok", outbox };
  } catch (error) {
    log.warn("health.database-unreachable", { error });
    return { status: "unavailable", database: "error", outbox: null };
  } finally {
    clearTimeout(timer);
  }
}
