// Applies prisma/migrations/*/migration.sql in order to a private in-memory PGlite (tests), where
// the Prisma CLI cannot reach. Scripts without parameters go over the simple query protocol, so a
// multi-statement migration runs as one implicit transaction, as `prisma migrate deploy` runs it.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import type { PrismaClient } from "@/lib/generated/prisma/client";

export async function applyMigrations(db: PrismaClient, dir = path.resolve("prisma/migrations")) {
  const names = readdirSync(dir).filter((name) => /^\d+_/.test(name)).sort();
  for (const name of names) await db.$executeRawUnsafe(readFileSync(path.join(dir, name, "migration.sql"), "utf8"));
  return names;
}
