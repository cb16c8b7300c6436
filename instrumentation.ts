// Runs once when a Next.js server starts (dev and production), before it serves requests.
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { setUpEmbeddedDatabase } = await import("@/lib/database/auto-setup");
    await setUpEmbeddedDatabase();
    // Sends the outbox when SMTP_URL is set; without it mail waits, visible at /dev/mailbox.
    const { startOutboxWorker } = await import("@/lib/mail/worker");
    startOutboxWorker();
    // On SIGTERM/SIGINT, finish in-flight sends before exiting.
    const { handleShutdownSignals } = await import("@/lib/shutdown");
    handleShutdownSignals();
  }
}
