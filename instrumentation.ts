// Runs once when a Next.js server starts (dev and production), before it serves requests.
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    // First: requests that arrive while the database is being set up need their client address too.
    const { stampPeerAddresses } = await import("@/lib/http/peer-address");
    stampPeerAddresses();
    const { setUpEmbeddedDatabase } = await import("@/lib/database/auto-setup");
    await setUpEmbeddedDatabase();
    // Renamed products' former catalog numbers, which proxy.ts answers with a 301 from memory.
    const { loadCatalogNumberRedirects } = await import("@/lib/catalog/load-redirects");
    await loadCatalogNumberRedirects().catch(async (error: unknown) => {
      // Without them the product page still redirects each (with a 308) and fills the map as it goes.
      const { log } = await import("@/lib/core/log");
      log.error("catalog.redirects-not-loaded", { error });
    });
    // Pages cached before this process started (the build's empty copies, pages an earlier process
    // rendered, perhaps from another database or before an import) are rendered afresh on first request.
    const { expireTagsHere, startCacheListener } = await import("@/lib/cache-broadcast");
    const { EXPIRED_AT_START } = await import("@/lib/cache-tags");
    expireTagsHere(EXPIRED_AT_START);
    // On PostgreSQL, staff edits made in other app processes expire this one's cached pages too.
    startCacheListener();
    // Structure search's fingerprint index, loaded now rather than on the first search (at 1M
    // products it takes most of a minute, during which searches run in SQL). Never while building.
    if (process.env.NEXT_PHASE !== "phase-production-build") {
      const { fingerprintIndex } = await import("@/lib/catalog/fingerprint-index");
      fingerprintIndex().preload();
    }
    // Sends the outbox when SMTP_URL is set; without it mail waits, visible at /dev/mailbox (sign-in links excepted).
    const { startOutboxWorker } = await import("@/lib/mail/worker");
    startOutboxWorker();
    // One reminder email per sent quote, QUOTE_REMINDER_DAYS before it lapses.
    const { startQuoteReminderSchedule } = await import("@/lib/quotes/reminders");
    startQuoteReminderSchedule();
    // Warns assignees of inquiries whose first response falls due soon (SLA_WARNING_HOURS), with or without SMTP.
    const { startSlaWarningSchedule } = await import("@/lib/triage/sla-warning");
    startSlaWarningSchedule();
    // On SIGTERM/SIGINT, finish in-flight sends before exiting.
    const { handleShutdownSignals } = await import("@/lib/shutdown");
    handleShutdownSignals();
  }
}
