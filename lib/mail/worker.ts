// No "server-only" marker: instrumentation.ts (outside the React server graph) starts the worker.
import type { Transporter } from "nodemailer";
import { env } from "@/lib/env";
import { log } from "@/lib/core/log";
import { runCleanup } from "@/lib/mail/cleanup";
import { deliverDueMessages, OUTBOX_BATCH_SIZE } from "@/lib/mail/outbox";
import { createSmtpTransport } from "@/lib/mail/transport";

type Worker = { wake(): void; stop(): Promise<void> };
const globals = globalThis as unknown as { outboxWorker?: Worker; cleanupTimers?: NodeJS.Timeout[] };

/**
 * The retention cleanup (lib/mail/cleanup.ts), every CLEANUP_INTERVAL_MS in each app process, with
 * or without SMTP: sign-in links and old bodies are removed even when mail only waits in the outbox.
 */
export function startCleanupSchedule(intervalMs = env.CLEANUP_INTERVAL_MS) {
  if (globals.cleanupTimers) return;
  let running = false;
  const run = async () => {
    if (running) return;
    running = true;
    try {
      const report = await runCleanup();
      if (Object.values(report).some((n) => n > 0)) log.info("cleanup.done", report);
    } catch (error) {
      log.error("cleanup.failed", { error });
    } finally {
      running = false;
    }
  };
  // The first run waits a little: start-up (migrations, the first requests) comes first.
  globals.cleanupTimers = [setTimeout(run, Math.min(intervalMs, 30_000)), setInterval(run, intervalMs)];
  for (const timer of globals.cleanupTimers) timer.unref();
}

/**
 * One outbox worker per app process, started by instrumentation.ts: it sends only when SMTP_URL is
 * set, and starts the retention cleanup in any case. It polls
 * every OUTBOX_POLL_MS and is woken at once after each submission. Several processes may each run
 * one: claiming is safe across them.
 */
export function startOutboxWorker({
  transport = createSmtpTransport(),
  pollMs = env.OUTBOX_POLL_MS,
}: { transport?: Transporter; pollMs?: number } = {}) {
  if (env.NEXT_PHASE === "phase-production-build") return undefined;
  startCleanupSchedule();
  if (globals.outboxWorker || !transport) return globals.outboxWorker;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> | undefined;
  let again = false;
  let stopped = false;

  const tick = async () => {
    try {
      // Drain: keep going while full batches come back.
      for (let i = 0; i < 50 && !stopped; i++) {
        const report = await deliverDueMessages({ transport });
        if (report.claimed < OUTBOX_BATCH_SIZE || report.failed > 0) break;
      }
    } catch (error) {
      log.error("mail.round-failed", { error });
    }
  };
  const run = () => {
    if (stopped) return;
    if (running) {
      again = true;
      return;
    }
    clearTimeout(timer);
    running = tick().finally(() => {
      running = undefined;
      if (again) {
        again = false;
        run();
      } else if (!stopped) {
        timer = setTimeout(run, pollMs);
        timer.unref();
      }
    });
  };

  const worker: Worker = {
    wake: run,
    async stop() {
      stopped = true;
      clearTimeout(timer);
      await running;
      transport.close();
      globals.outboxWorker = undefined;
    },
  };
  globals.outboxWorker = worker;
  run();
  return worker;
}

/** Stop this process's worker, if any: no new claims; resolves when its in-flight sends are done. */
export async function stopOutboxWorker() {
  for (const timer of globals.cleanupTimers ?? []) clearTimeout(timer);
  globals.cleanupTimers = undefined;
  await globals.outboxWorker?.stop();
}

/** Ask this process's worker to look at the outbox now (no-op without SMTP). */
export function wakeOutboxWorker() {
  globals.outboxWorker?.wake();
}
