// First run on the embedded database: apply the committed migrations and, when the catalog is
// empty, load the demo data, so `npm run dev` (or build + start) works on a fresh clone with no
// extra step. PostgreSQL is never touched here: there, migrating and seeding stay explicit commands.
import { execFile } from "node:child_process";
import path from "node:path";
import { promisify } from "node:util";
import { db, embeddedDatabase } from "@/lib/db";
import { env } from "@/lib/env";
import { log } from "@/lib/core/log";

const run = promisify(execFile);

// The Prisma CLI and the seed run as child processes (they are the same commands a developer
// runs) and connect to the database this process hosts. They must be awaited asynchronously:
// the embedded database answers on this process's event loop.
async function runTool(tool: string, args: string[], databaseUrl: string) {
  const bin = path.join(process.cwd(), "node_modules", ".bin", tool);
  // Not NEXT_RUNTIME: the seed is a tsx program, not a Next server (rdkit-pool.ts starts its workers by it).
  const env = {
    ...process.env,
    NEXT_RUNTIME: undefined,
    DATABASE_URL: databaseUrl,
    CHECKPOINT_DISABLE: "1",
    PRISMA_HIDE_UPDATE_MESSAGE: "1",
  };
  await run(bin, args, { env, timeout: 180_000, maxBuffer: 16 * 1024 * 1024 });
}

export async function setUpEmbeddedDatabase() {
  if (env.AUTO_SETUP_DB === "false" || env.NEXT_PHASE === "phase-production-build") return;
  const database = embeddedDatabase();
  if (!database) return;
  const handle = await database;
  const started = Date.now();
  try {
    await runTool("prisma", ["migrate", "deploy"], handle.url);
    if ((await db.product.count()) === 0) {
      await runTool("tsx", ["--require", "./scripts/server-only-stub.cjs", "prisma/seed.ts"], handle.url);
      console.info(`[db] embedded database migrated and seeded with demo data in ${Date.now() - started} ms`);
    }
  } catch (error) {
    const detail = (error as { stderr?: string }).stderr || (error as Error).message;
    log.error("db.embedded-setup-failed", { detail });
    throw error;
  }
}
