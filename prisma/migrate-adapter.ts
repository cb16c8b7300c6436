// Driver adapter for the Prisma 6.19 CLI, loaded from prisma.config.ts only (never by the app).
// The CLI runs the WebAssembly schema engine ("engine: js"), which needs a driver adapter; the
// adapter-pg 6.19 migration path has bugs, each worked around below for CLI processes only.
import { randomUUID } from "node:crypto";
import pg from "pg";
import { parseIntoClientConfig } from "pg-connection-string";
import { PrismaPg } from "@prisma/adapter-pg";
import { env } from "../lib/env";
import { resolveDbTarget } from "../lib/database/target";
import { acquirePGlite, type PGliteHandle } from "../lib/database/pglite-host";

// Fix 1 (prisma/orm#27403): adapter-pg cannot deserialise pg_catalog columns of type `name`
// (oid 19) or `"char"` (oid 18), which introspection reads. Present them as text (oid 25).
type PgResult = { addFields(fields: { dataTypeID: number }[]): void };
const resultProto = (pg as unknown as { Result: { prototype: PgResult } }).Result.prototype;
const addFields = resultProto.addFields;
resultProto.addFields = function (fields) {
  for (const field of fields) if (field.dataTypeID === 19 || field.dataTypeID === 18) field.dataTypeID = 25;
  return addFields.call(this, fields);
};

// Fix 2: the schema engine leaves 10 s / 60 s timers behind and PGlite re-arms its own timers,
// so the CLI would linger long after its command is done. Let such timers not hold the process.
const realSetTimeout = globalThis.setTimeout;
globalThis.setTimeout = ((fn: (...args: unknown[]) => void, ms?: number, ...args: unknown[]) => {
  const timer = realSetTimeout(fn, ms, ...args);
  if ((ms ?? 0) >= 10_000 || new Error().stack?.includes("setitimer")) timer.unref();
  return timer;
}) as typeof setTimeout;

type Adapter = Awaited<ReturnType<PrismaPg["connect"]>>;

function patchAdapter(adapter: Adapter): Adapter {
  // Fix 3: executeScript() splits a migration on ";" and runs the pieces on arbitrary pool
  // connections: a ";" inside a string or a $$ body breaks it, and nothing is atomic. Send the
  // whole script as one simple-protocol query instead (one implicit transaction).
  adapter.executeScript = async (script: string) => {
    try {
      await (adapter.underlyingDriver() as pg.Pool).query(script);
    } catch (error) {
      (adapter as unknown as { onError(e: unknown): never }).onError(error); // recorded as a failed migration
    }
  };
  // Fix 4 (prisma/orm#29635): PGlite is PostgreSQL 18, which lists NOT NULL constraints in
  // pg_constraint (contype 'n'); the engine panics on them. Exclude them as upstream does.
  const queryRaw = adapter.queryRaw.bind(adapter);
  adapter.queryRaw = (query) =>
    queryRaw({ ...query, sql: query.sql.replace("contype NOT IN ('p', 'u', 'f')", "contype NOT IN ('p', 'u', 'f', 'n')") });
  return adapter;
}

// Fix 5: adapter-pg's connectToShadowDb() connects its "shadow" pool to the real database
// (connectionString wins over `database`) and leaks prisma_migrate_shadow_db_* databases.
// Own the shadow database here: a scratch in-memory PGlite, or a throwaway PostgreSQL database.
class PrismaPgMigrate extends PrismaPg {
  private readonly base: pg.PoolConfig;
  constructor(url: string) {
    const base = { ...parseIntoClientConfig(url), max: 2, allowExitOnIdle: true } as pg.PoolConfig;
    super(base);
    this.base = base;
  }
  override async connect() {
    return patchAdapter(await super.connect());
  }
  override async connectToShadowDb() {
    const admin = new pg.Client(this.base);
    await admin.connect();
    const { rows } = await admin.query("select version() as v");
    if (String(rows[0].v).includes("PGlite")) {
      // pglite-socket ignores the database name: a CREATE DATABASE'd shadow would be the real one.
      await admin.end();
      const scratch = await acquirePGlite(undefined, { unref: true });
      return withDispose(await connectPatched({ ...parseIntoClientConfig(scratch.url), max: 1 } as pg.PoolConfig), () => scratch.close());
    }
    const name = `prisma_shadow_${randomUUID().replaceAll("-", "")}`;
    await admin.query(`CREATE DATABASE "${name}"`);
    return withDispose(await connectPatched({ ...this.base, database: name, max: 1 }), async () => {
      await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await admin.end();
    });
  }
}

async function connectPatched(config: pg.PoolConfig) {
  return patchAdapter(await new PrismaPg(config).connect());
}

function withDispose(adapter: Adapter, after: () => Promise<void>): Adapter {
  const dispose = adapter.dispose.bind(adapter);
  adapter.dispose = async () => {
    await dispose();
    await after();
  };
  return adapter;
}

// prisma.config's adapter() is called more than once per command: host the folder only once.
let hosted: Promise<PGliteHandle> | undefined;

export async function migrateAdapter() {
  const target = resolveDbTarget(env.DATABASE_URL);
  if (target.kind === "postgres") return new PrismaPgMigrate(target.url);
  if (!target.dataDir)
    throw new Error("pglite:memory is private to one process: the CLI cannot migrate it (tests apply migrations themselves)");
  // Connect to the process that already hosts the folder (e.g. `next dev`), or host it for this command.
  hosted ??= acquirePGlite(target.dataDir, { unref: true });
  return new PrismaPgMigrate((await hosted).url);
}
