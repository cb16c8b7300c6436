// npm run db:cleanup: the retention cleanup the app runs on a schedule (docs/operations.md, "Data retention"), once.
import { disconnectDb } from "@/lib/db";
import { runCleanup } from "@/lib/mail/cleanup";

runCleanup()
  .then((report) => {
    process.stdout.write(
      `Removed ${report.signInBodies} sign-in email bodies, ${report.sentBodies} sent email bodies, ${report.rateLimitRows} rate-limit counters, ` +
        `${report.sessions} expired sessions and ${report.verificationTokens} expired sign-in tokens.\n`,
    );
  })
  .catch((error: unknown) => {
    console.error("The cleanup failed:", error);
    process.exitCode = 1;
  })
  .finally(disconnectDb);
