// Applies prisma/migrations/*/migration.sql in order to a private in-memory PGlite (tests, the
// benchmark), where the Prisma CLI cannot reach. `run` executes one script over the simple query
// protocol, so a multi-statement migration runs as one implicit transaction, as `prisma migrate
// deploy` runs it: Prisma's $executeRawUnsafe without parameters, or PGlite's exec().
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

export async function applyMigrations(run: (sql: string) => Promise<unknown>, dir = path.resolve("prisma/migrations")) {
  const names = readdirSync(dir)
    .filter((name) => /^\d+_/.test(name))
    .sort();
  for (const name of names) await run(readFileSync(path.join(dir, name, "migration.sql"), "utf8"));
  return names;
}
