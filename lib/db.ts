// The one Prisma client. Every path uses @prisma/adapter-pg: PostgreSQL directly, embedded PGlite
// through a local wire-protocol socket (see lib/database/pglite-host.ts).
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient, type Prisma } from "@/lib/generated/prisma/client";
import { env } from "@/lib/env";
import { resolveDbTarget } from "@/lib/database/target";
import type { PGliteHandle } from "@/lib/database/pglite-host";

type AdapterFactory = NonNullable<Prisma.PrismaClientOptions["adapter"]>;

// One client (and one embedded host) per process, also across Next.js dev hot reloads.
const globals = globalThis as unknown as { prisma?: PrismaClient; pglite?: Promise<PGliteHandle> };

/** The embedded database this process uses, hosted here or by another process (see pglite-host). */
export function embeddedDatabase(): Promise<PGliteHandle> | undefined {
  const target = resolveDbTarget(env.DATABASE_URL);
  if (target.kind !== "pglite") return undefined;
  return (globals.pglite ??= import("@/lib/database/pglite-host").then(({ acquirePGlite }) =>
    acquirePGlite(target.dataDir, { maxConnections: env.PGLITE_MAX_CONN, debug: Boolean(env.PGLITE_DEBUG), template: env.PGLITE_TEMPLATE }),
  ));
}

function createAdapter(): AdapterFactory {
  const target = resolveDbTarget(env.DATABASE_URL);
  if (target.kind === "postgres") return new PrismaPg({ connectionString: target.url, max: env.DB_POOL_MAX });
  // Connect lazily: importing this module (e.g. during `next build`) must not open the database.
  return {
    provider: "postgres",
    adapterName: "@prisma/adapter-pg",
    async connect() {
      const handle = await embeddedDatabase()!;
      // One connection per process. pglite-socket runs every connection on PGlite's single
      // session and queues them message by message: two connections' extended-protocol exchanges
      // (Parse/Bind/Execute) interleave and corrupt each other ("bind message supplies 3
      // parameters, but prepared statement requires 2"). PGlite executes one query at a time
      // anyway, so a single connection costs no throughput.
      return new PrismaPg({ connectionString: handle.url, max: 1 }).connect();
    },
  } as AdapterFactory;
}

export const db: PrismaClient = (globals.prisma ??= new PrismaClient({ adapter: createAdapter() }));

/** For scripts and tests: disconnect and stop an embedded host this process owns (it keeps Node alive). */
export async function disconnectDb() {
  await db.$disconnect();
  const handle = await globals.pglite;
  await handle?.close();
  globals.pglite = undefined;
}
