// Runs once when a Next.js server starts (dev and production), before it serves requests.
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { setUpEmbeddedDatabase } = await import("@/lib/database/auto-setup");
    await setUpEmbeddedDatabase();
  }
}
