// No "server-only" marker: instrumentation.ts (outside the React server graph) installs this.
import { env } from "@/lib/env";
import { log } from "@/lib/core/log";
import { stopOutboxWorker } from "@/lib/mail/worker";

// A send that hangs must not keep a stopping process alive forever (the orchestrator would SIGKILL
// it anyway); messages still claimed then are re-sent after their lease, with the same Message-ID.
const SHUTDOWN_GRACE_MS = 25_000;

/**
 * Graceful shutdown on SIGTERM/SIGINT: the mail worker stops claiming and finishes the sends it has
 * started (each is then marked sent), then the process exits. Next's own handler would exit without
 * waiting for them, so `npm start` sets NEXT_MANUAL_SIG_HANDLE=true to hand the signals to us.
 */
export function handleShutdownSignals() {
  if (env.NEXT_MANUAL_SIG_HANDLE !== "true") {
    if (env.SMTP_URL)
      log.warn("shutdown.unmanaged", {
        detail: "NEXT_MANUAL_SIG_HANDLE is not true: a stop may cut in-flight sends, which are then re-sent after their lease",
      });
    return;
  }
  let stopping = false;
  const shutdown = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    log.info("shutdown.started", { signal });
    const timedOut = new Promise<"timed out">((resolve) => setTimeout(resolve, SHUTDOWN_GRACE_MS, "timed out").unref());
    void Promise.race([stopOutboxWorker().then(() => "finished" as const), timedOut]).then((outbox) => {
      log.info("shutdown.finished", { signal, outbox });
      process.exit(0);
    });
  };
  process.on("SIGTERM", shutdown);
  process.on("SIGINT", shutdown);
}
