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

/** After a round the SMTP server could not take, the first wait before asking it again; doubled per refusal. */
export const SMTP_PROBE_FIRST_MS = 1_000;
const SMTP_PROBE_MAX_MS = 60_000;

/**
 * One outbox worker per app process, started by instrumentation.ts: it sends only when SMTP_URL is
 * set, and starts the retention cleanup in any case. It polls
 * every OUTBOX_POLL_MS and is woken at once after each submission. Several processes may each run
 * one: claiming is safe across them.
 *
 * While the SMTP server cannot be reached, the worker claims nothing: it asks the server (a
 * connection and greeting, no mail) after 1 s, 2 s, 4 s … up to a minute, and resumes when it
 * answers. Otherwise every submission would wake a round that renders its emails only to fail them,
 * taking CPU from the requests during an outage, and spending the messages' attempts.
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
  let unavailable: { probeAt: number; waitMs: number } | undefined;

  /** Whether the server takes mail again; false while it is still being waited for. */
  const serverBack = async () => {
    if (!unavailable) return true;
    const { probeAt, waitMs: waited } = unavailable;
    if (Date.now() < probeAt) return false;
    try {
      await transport.verify();
      log.info("mail.smtp-available");
      unavailable = undefined;
      return true;
    } catch (error) {
      const waitMs = Math.min(waited * 2, SMTP_PROBE_MAX_MS);
      unavailable = { probeAt: Date.now() + waitMs, waitMs };
      log.warn("mail.smtp-unavailable", { retryInMs: waitMs, error });
      return false;
    }
  };

  const tick = async () => {
    try {
      if (!(await serverBack())) return;
      // Drain: keep going while full batches come back.
      for (let i = 0; i < 50 && !stopped; i++) {
        const report = await deliverDueMessages({ transport });
        if (report.unavailable > 0 && report.sent === 0) {
          unavailable = { probeAt: Date.now() + SMTP_PROBE_FIRST_MS, waitMs: SMTP_PROBE_FIRST_MS };
          log.warn("mail.smtp-unavailable", { retryInMs: SMTP_PROBE_FIRST_MS, failed: report.unavailable });
        }
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
        timer = setTimeout(run, unavailable ? Math.min(pollMs, Math.max(0, unavailable.probeAt - Date.now())) : pollMs);
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
