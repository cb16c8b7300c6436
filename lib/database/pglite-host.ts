// Embedded PGlite, always reached over the Postgres wire protocol (pglite-socket + adapter-pg),
// so the app, the Prisma CLI and scripts use the very same driver as on PostgreSQL.
//
// PGlite has no file locking: two processes opening one data folder corrupt it. So the first
// process that needs a folder hosts it on 127.0.0.1:<random port> and writes {pid, port} to
// `<dir>.lock.json`; every other process (next dev, prisma CLI, seed, a second app process)
// connects to that port. In-memory databases are private to the process that creates them.
//
// The socket listens on 127.0.0.1 only and asks every client for a password (lib/database/pglite-auth.ts):
// a random one per hosting process, kept in the lock file, which only the owner of ./.data may read.
import { randomBytes } from "node:crypto";
import { closeSync, mkdirSync, openSync, readFileSync, unlinkSync, writeFileSync } from "node:fs";
import type { Server } from "node:net";
import { dirname } from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import { PGLiteSocketServer } from "@electric-sql/pglite-socket";
import { requirePassword } from "./pglite-auth";

export type PGliteHandle = { url: string; hosted: boolean; close(): Promise<void> };
type Options = {
  unref?: boolean;
  maxConnections?: number;
  debug?: boolean;
  /** In-memory databases only: start from this dumpDataDir() file instead of running initdb. */
  template?: string;
};

const urlFor = (port: number, password: string) => `postgresql://postgres:${password}@127.0.0.1:${port}/postgres`;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function isAlive(pid: number) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

async function host(dataDir: string | undefined, opts: Options) {
  if (dataDir) mkdirSync(dataDir, { recursive: true }); // PGlite does not create parent folders
  // initdb is most of PGlite's start-up time; a template skips it (tests start one database per file).
  const loadDataDir = !dataDir && opts.template ? new Blob([readFileSync(opts.template)]) : undefined;
  const db = await PGlite.create(dataDir, { extensions: { pg_trgm }, loadDataDir });
  // At least 2: with 1, adapter-pg's reconnect after a failed query races the old socket's close
  // ("Connection terminated unexpectedly"). PGlite serialises sessions anyway.
  const server = new PGLiteSocketServer({ db, host: "127.0.0.1", port: 0, maxConnections: Math.max(2, opts.maxConnections ?? 8) });
  await server.start();
  const net = (server as unknown as { server: Server }).server;
  const password = randomBytes(24).toString("base64url");
  requirePassword(net, password);
  if (opts.unref) {
    // CLI processes must be able to exit once their command is done.
    net.unref();
    net.on("connection", (socket) => socket.unref());
  }
  const port = Number(server.getServerConn().split(":").pop());
  if (opts.debug) console.info(`[pglite] pid ${process.pid} hosts ${dataDir ?? "memory"} on 127.0.0.1:${port}`);
  // Idempotent: both disconnectDb() and the beforeExit hook close it, and a second
  // db.close() rejects ("PGlite is closed"), which would make scripts exit 1.
  let closing: Promise<void> | undefined;
  const close = () => (closing ??= server.stop().then(() => db.close()));
  return { port, password, close };
}

export async function acquirePGlite(dataDir: string | undefined, opts: Options = {}): Promise<PGliteHandle> {
  if (!dataDir) {
    const { port, password, close } = await host(undefined, opts);
    return { url: urlFor(port, password), hosted: true, close };
  }
  const lock = `${dataDir.replace(/\/+$/, "")}.lock.json`;
  mkdirSync(dirname(lock), { recursive: true });
  for (let attempt = 0; attempt < 150; attempt++) {
    try {
      closeSync(openSync(lock, "wx", 0o600)); // atomic create: this process owns the folder; it holds the password
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      let owner: { pid: number; port: number | null; password?: string } | undefined;
      try {
        owner = JSON.parse(readFileSync(lock, "utf8"));
      } catch {
        // the owner is between creating and writing the file
      }
      if (owner && !isAlive(owner.pid)) {
        // Left behind by a killed process (kill -9): committed rows are intact, take over.
        try {
          unlinkSync(lock);
        } catch {}
        continue;
      }
      if (owner?.port && owner.password) return { url: urlFor(owner.port, owner.password), hosted: false, close: async () => {} };
      await sleep(100); // the owner is still starting
      continue;
    }
    writeFileSync(lock, JSON.stringify({ pid: process.pid, port: null }));
    let hosted: Awaited<ReturnType<typeof host>>;
    try {
      hosted = await host(dataDir, opts);
    } catch (error) {
      // A lock saying {pid: us, port: null} would make every later caller wait and fail.
      try {
        unlinkSync(lock);
      } catch {}
      throw error;
    }
    writeFileSync(lock, JSON.stringify({ pid: process.pid, port: hosted.port, password: hosted.password }));
    const release = () => {
      try {
        if (JSON.parse(readFileSync(lock, "utf8")).pid === process.pid) unlinkSync(lock);
      } catch {}
    };
    process.once("exit", release);
    process.once("beforeExit", () => void hosted.close().finally(release)); // clean checkpoint
    return {
      url: urlFor(hosted.port, hosted.password),
      hosted: true,
      close: async () => {
        await hosted.close();
        release();
      },
    };
  }
  throw new Error(`The embedded database ${dataDir} is locked by ${lock}, but its owner never started serving it`);
}
