// Vitest global setup: build one migrated PGlite database and dump it, so that each test file's
// in-memory database is loaded from it (about 1 s) instead of running initdb and the migrations
// (10 s and more on a busy 2-core machine).
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import { applyMigrations } from "../lib/database/apply-migrations";

const TEMPLATE = path.resolve(".data/test-template.tar.gz");

export default async function setup() {
  if (/^postgres(ql)?:/.test(process.env.DATABASE_URL ?? "")) return;
  const db = await PGlite.create(undefined, { extensions: { pg_trgm } });
  await applyMigrations((sql) => db.exec(sql));
  const dump = await db.dumpDataDir("gzip");
  await db.close();
  mkdirSync(path.dirname(TEMPLATE), { recursive: true });
  writeFileSync(TEMPLATE, Buffer.from(await dump.arrayBuffer()));
}
