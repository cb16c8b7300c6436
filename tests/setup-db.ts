// Vitest setup, run in every test file's worker before its tests. Each file gets its own database:
// a fresh in-memory PGlite loaded from the migrated template tests/global-setup.ts made (the
// default), or the PostgreSQL server named by DATABASE_URL, which .ci/run has reset and migrated
// with `prisma migrate deploy`.
import { afterAll, vi } from "vitest";
import { applyMigrations } from "@/lib/database/apply-migrations";
import { resolveDbTarget } from "@/lib/database/target";
import { db, disconnectDb } from "@/lib/db";
import { env } from "@/lib/env";

// Without a template (a test run outside vitest.config.mts), migrate the empty database here.
if (resolveDbTarget(env.DATABASE_URL).kind === "pglite" && !env.PGLITE_TEMPLATE) await applyMigrations((sql) => db.$executeRawUnsafe(sql));

// Next's data cache lives in the Next.js server; outside it (here) cached loaders run directly.
// Caching itself is covered end to end (e2e: a staff edit shows on the cached product page).
vi.mock("next/cache", async (importOriginal) => ({
  ...(await importOriginal<typeof import("next/cache")>()),
  unstable_cache: <T extends (...args: never[]) => unknown>(load: T) => load,
}));

afterAll(async () => {
  await disconnectDb();
});
