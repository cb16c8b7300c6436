// No "server-only" marker: instrumentation.ts (outside the React server graph) starts the first load.
// The catalog's fingerprints in memory, for structure search at a million products. In SQL both
// searches read every product row (bench/README.md); here the pattern fingerprints are screened in a
// worker thread at memory speed and the Morgan fingerprints are read only where a similarity hit can
// be (fingerprint-scan.ts). The database still has the last word: the searches confirm substructure
// candidates with RDKit and rank similarity candidates in SQL, so the hits are the SQL path's.
//
// Freshness, with several app processes: triggers record every transaction that changes products'
// SMILES, fingerprints or sold status, or adds or removes products (FingerprintChange). Each search
// reads that table's count and newest row; if they moved since the index was loaded, the search
// runs in SQL and the index reloads in the background. A change made by any process, an import or
// psql is seen by the next search everywhere.
//
// Memory: 512 bytes per product (pattern + Morgan fingerprint) plus 7 bytes of id and flags, in the
// worker: ~520 MB at 1M products. A load reads everything (on PostgreSQL in one snapshot); at 1M
// it takes 20–60 s on 2 busy cores, during which searches use SQL. Servers start one at start-up.
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import type { FingerprintRequest, FingerprintResponse } from "@/lib/catalog/fingerprint-worker";
import { FINGERPRINT_BITS, FINGERPRINT_BYTES, packFingerprint, type SimilarOptions } from "@/lib/catalog/fingerprint-scan";
import { log } from "@/lib/core/log";
import { db, embeddedDatabase } from "@/lib/db";
import { env } from "@/lib/env";

/** Products read per statement of a load. */
const LOAD_CHUNK = 20_000;
/** The change log is emptied once this long; every process then reloads once. */
const PRUNE_AT = 10_000;
/** After a failed load, searches stay in SQL this long before the next attempt. */
const RETRY_AFTER_MS = 30_000;

type Version = string;

function startWorker(): Worker {
  // As in rdkit-pool.ts: Turbopack bundles the entry from this expression; tsx and Vitest need the loader.
  if (env.NEXT_RUNTIME === "nodejs") return new Worker(new URL("./fingerprint-worker.ts", import.meta.url));
  const entry = fileURLToPath(new URL("./fingerprint-worker.ts", import.meta.url));
  return new Worker(`require("tsx/cjs/api").register(); require(${JSON.stringify(entry)});`, { eval: true });
}

type Pending = { resolve: (value: Int32Array | undefined) => void; reject: (error: Error) => void };
type Request = FingerprintRequest extends infer R ? (R extends { id: number } ? Omit<R, "id"> : never) : never;

class IndexWorker {
  private worker?: Worker;
  private readonly pending = new Map<number, Pending>();
  private nextId = 0;

  call(request: Request, transfer: ArrayBuffer[] = []): Promise<Int32Array | undefined> {
    const worker = (this.worker ??= this.start());
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      worker.ref();
      worker.postMessage({ ...request, id }, transfer);
    });
  }

  private start(): Worker {
    const worker = startWorker();
    worker.on("message", (response: FingerprintResponse) => {
      const pending = this.pending.get(response.id);
      this.pending.delete(response.id);
      if (!this.pending.size) worker.unref();
      if (response.ok) pending?.resolve(response.value);
      else pending?.reject(new Error(response.error));
    });
    const fail = (error: Error) => {
      if (this.worker === worker) this.worker = undefined;
      for (const pending of this.pending.values()) pending.reject(error);
      this.pending.clear();
    };
    worker.on("error", fail);
    worker.on("exit", () => fail(new Error("The fingerprint index worker exited")));
    // An idle worker must not keep a script or test process alive.
    worker.unref();
    return worker;
  }

  async close() {
    const worker = this.worker;
    this.worker = undefined;
    await worker?.terminate();
  }
}

async function changeVersion(query: typeof db.$queryRaw = db.$queryRaw.bind(db)): Promise<{ version: Version; changes: number }> {
  const [row] = await query<{ changes: number; newest: bigint | null }[]>`
    SELECT count(*)::int AS changes, max(txid) AS newest FROM "FingerprintChange"`;
  return { version: `${row!.changes}:${row!.newest ?? ""}`, changes: row!.changes };
}

type Tx = Parameters<Parameters<typeof db.$transaction>[0]>[0];

/**
 * On PostgreSQL, one snapshot for the counts and every chunk, so they describe the same catalog. The
 * embedded database has one connection: a transaction as long as a load would make every other
 * transaction of the process wait past its limit. There a write during the load can leave the
 * counts and rows disagreeing; the worker then refuses the load, and the next one is retried later.
 */
async function inSnapshot<T>(run: (tx: Tx | typeof db) => Promise<T>): Promise<T> {
  if (embeddedDatabase()) return run(db);
  return db.$transaction(run, { isolationLevel: "RepeatableRead", timeout: 600_000, maxWait: 10_000 });
}

type Chunk = { ids: number[]; flags: number[]; pattern: string; morgan: string };

export class FingerprintIndex {
  private readonly worker = new IndexWorker();
  private version?: Version;
  private loading?: Promise<void>;
  private failedAt = -Infinity;

  /**
   * The index if it holds the catalog as it is now; otherwise undefined (the caller searches in SQL)
   * and a reload starts in the background.
   */
  async current(): Promise<FingerprintIndex | undefined> {
    const { version } = await changeVersion();
    if (version === this.version) return this;
    this.preload();
    return undefined;
  }

  /** Starts a load in the background, unless one is running or the last failed moments ago. */
  preload() {
    if (this.loading || performance.now() - this.failedAt <= RETRY_AFTER_MS) return;
    this.load().catch((error: unknown) => {
      this.failedAt = performance.now();
      log.error("fingerprint-index.load-failed", { error });
    });
  }

  /** Loads the catalog's fingerprints (one load at a time; a caller during a load waits for it). */
  load(): Promise<void> {
    return (this.loading ??= this.loadOnce().finally(() => (this.loading = undefined)));
  }

  private async loadOnce() {
    this.version = undefined;
    const started = performance.now();
    // The version is read first: a change committed after it moves it, and the next search reloads.
    const { version, count } = await inSnapshot(async (tx) => {
      let { version, changes } = await changeVersion(tx.$queryRaw.bind(tx));
      if (changes >= PRUNE_AT) {
        await tx.$executeRaw`DELETE FROM "FingerprintChange" WHERE txid < (SELECT max(txid) FROM "FingerprintChange")`;
        ({ version, changes } = await changeVersion(tx.$queryRaw.bind(tx)));
      }
      const groups = await tx.$queryRaw<{ bits: number; products: number }[]>`
          SELECT bit_count("morganFp")::int AS bits, count(*)::int AS products FROM "Product" WHERE "morganFp" IS NOT NULL GROUP BY 1`;
      const [{ count }] = (await tx.$queryRaw<{ count: number }[]>`SELECT count(*)::int AS count FROM "Product"`) as [{ count: number }];
      const morganBitCounts = Array.from({ length: FINGERPRINT_BITS + 1 }, () => 0);
      for (const group of groups) morganBitCounts[group.bits] = group.products;
      await this.worker.call({ op: "begin", count, morganBitCounts });
      const zero = new Uint8Array(FINGERPRINT_BYTES);
      for (let after = 0; ;) {
        // Fingerprints as raw bytes (varbit_send: a 4-byte length, then the bits), one hex string per
        // chunk: through Prisma a string loads about four times faster than a bytea (3.7 s against 14 s at 100k).
        const [chunk] = await tx.$queryRaw<Chunk[]>`
            SELECT coalesce(array_agg(id ORDER BY id), '{}') AS ids,
              coalesce(array_agg(("patternFp" IS NOT NULL)::int | (("morganFp" IS NOT NULL)::int << 1) | (("discontinuedOn" IS NOT NULL)::int << 2) ORDER BY id), '{}') AS flags,
              encode(coalesce(string_agg(coalesce(substring(varbit_send("patternFp") FROM 5), ${zero}), ''::bytea ORDER BY id), ''::bytea), 'hex') AS pattern,
              encode(coalesce(string_agg(coalesce(substring(varbit_send("morganFp") FROM 5), ${zero}), ''::bytea ORDER BY id), ''::bytea), 'hex') AS morgan
            FROM (SELECT id, "patternFp", "morganFp", "discontinuedOn" FROM "Product" WHERE id > ${after} ORDER BY id LIMIT ${LOAD_CHUNK}) page`;
        const { ids, flags, pattern, morgan } = chunk!;
        if (!ids.length) break;
        const message = {
          op: "append" as const,
          ids: Int32Array.from(ids),
          flags: Uint8Array.from(flags),
          pattern: new Uint8Array(Buffer.from(pattern, "hex")),
          morgan: new Uint8Array(Buffer.from(morgan, "hex")),
        };
        await this.worker.call(message, [message.ids.buffer, message.flags.buffer, message.pattern.buffer, message.morgan.buffer]);
        after = ids.at(-1)!;
      }
      await this.worker.call({ op: "commit" });
      return { version, count };
    });
    this.version = version;
    log.info("fingerprint-index.loaded", { products: count, ms: Math.round(performance.now() - started) });
  }

  // Both answer undefined when a reload began since current(): the caller then searches in SQL.

  /** Ids, in id order, of the products after id `after` that may contain the query: at most `max`. */
  async substructureCandidates(patternFp: string, { after, max }: { after: number; max: number }): Promise<number[] | undefined> {
    const ids = await this.worker.call({ op: "substructure", query: packFingerprint(patternFp), after, max });
    return ids && [...ids];
  }

  /** Ids of the products that can be among the `limit` most similar (all ties included). */
  async similarCandidates(morganFp: string, options: SimilarOptions): Promise<number[] | undefined> {
    const ids = await this.worker.call({ op: "similar", query: packFingerprint(morganFp), options });
    return ids && [...ids];
  }

  async close() {
    await this.worker.close();
  }
}

const shared = globalThis as unknown as { fingerprintIndex?: FingerprintIndex };

/** This process's index. */
export function fingerprintIndex(): FingerprintIndex {
  return (shared.fingerprintIndex ??= new FingerprintIndex());
}
