// No "server-only" marker: instrumentation.ts (outside the React server graph) starts the listener.
//
// Several `next start` processes on one PostgreSQL: Next keeps which cache tags were expired in each
// process's memory, so an edit served by one process would leave the others' cached pages stale until
// they revalidate (300 s). After an edit, the process that made it tells the others through PostgreSQL
// NOTIFY; each holds one LISTEN connection and expires the same tags in its own cache.
// The embedded database (PGlite) serves one process only, so there is nobody to tell.
import { randomUUID } from "node:crypto";
import { tagsManifest } from "next/dist/server/lib/incremental-cache/tags-manifest.external";
import pg from "pg";
import { cacheTags } from "@/lib/cache-tags";
import { log } from "@/lib/core/log";
import { resolveDbTarget } from "@/lib/database/target";
import { db } from "@/lib/db";
import { env } from "@/lib/env";

export const CACHE_CHANNEL = "reagent_cache";

/** This process, so it can skip its own notifications: it expired the tags itself, in the request. */
export const INSTANCE_ID = randomUUID();

// PostgreSQL refuses a NOTIFY payload of 8,000 bytes or more; an import can expire thousands of tags.
const MAX_PAYLOAD_BYTES = 7_000;

type Message = { from: string; tags: string[] };

function payloads(from: string, tags: string[]): string[] {
  const chunks: string[] = [];
  let batch: string[] = [];
  for (const tag of tags) {
    if (batch.length && Buffer.byteLength(JSON.stringify({ from, tags: [...batch, tag] })) > MAX_PAYLOAD_BYTES) {
      chunks.push(JSON.stringify({ from, tags: batch }));
      batch = [];
    }
    batch.push(tag);
  }
  if (batch.length) chunks.push(JSON.stringify({ from, tags: batch }));
  return chunks;
}

const onPostgres = () => resolveDbTarget(env.DATABASE_URL).kind === "postgres";

/**
 * Tell the other app processes that `tags` changed. Call it after the change is committed: a process
 * that renders on notice must read the new rows. Failures are logged, not thrown: the edit is saved,
 * and the others' entries expire within their revalidate time anyway.
 */
export async function broadcastExpiredTags(tags: string[], { from = INSTANCE_ID }: { from?: string } = {}) {
  if (!tags.length || !onPostgres()) return;
  try {
    for (const payload of payloads(from, [...new Set(tags)])) await db.$executeRaw`SELECT pg_notify(${CACHE_CHANNEL}, ${payload})`;
  } catch (error) {
    log.error("cache-broadcast.failed", { tags: tags.length, error });
  }
}

/**
 * What `revalidateTag(tag, { expire: 0 })` does to this process's cache (Next's file-system cache
 * handler: the tags manifest). Next's own functions only work inside a request, and a notification
 * arrives outside one. The manifest is Next's module-level map, shared by every route of the process;
 * tests/scale/run.ts proves on a production build that a page cached on one instance changes with an
 * edit on another.
 */
export function expireTagsHere(tags: string[]) {
  const now = Date.now();
  for (const tag of tags) tagsManifest.set(tag, { ...tagsManifest.get(tag), expired: now });
}

// After the LISTEN connection was lost, notifications may have been missed: expiring the tags every
// cached catalog and guide entry carries costs one re-render each, and no page stays stale.
const AFTER_RECONNECT = [cacheTags.catalog, cacheTags.allProducts];
const BACKOFF_MS = { first: 250, max: 10_000 };

type Listener = { stop(): Promise<void>; ready: Promise<void> };
const globals = globalThis as unknown as { cacheListener?: Listener };

/**
 * One LISTEN connection per process (started by instrumentation.ts), reconnecting with backoff.
 * Notifications from other processes expire their tags here; this process's own are skipped.
 */
export function startCacheListener({
  url,
  instanceId = INSTANCE_ID,
  onExpire = expireTagsHere,
}: { url?: string; instanceId?: string; onExpire?: (tags: string[], why: "notified" | "reconnected") => void } = {}): Listener | undefined {
  if (env.NEXT_PHASE === "phase-production-build") return undefined;
  const target = resolveDbTarget(url ?? env.DATABASE_URL);
  if (target.kind !== "postgres") return undefined;
  if (!url && globals.cacheListener) return globals.cacheListener;

  let client: pg.Client | undefined;
  let stopped = false;
  let failures = 0;
  let connectedBefore = false;
  let retry: NodeJS.Timeout | undefined;
  let markReady!: () => void;
  const ready = new Promise<void>((resolve) => (markReady = resolve));

  const receive = (payload: string | undefined) => {
    try {
      const message = JSON.parse(payload ?? "") as Message;
      if (message.from === instanceId || !Array.isArray(message.tags)) return;
      onExpire(message.tags, "notified");
    } catch (error) {
      log.error("cache-listener.bad-message", { error });
    }
  };

  const connect = async () => {
    retry = undefined;
    const c = new pg.Client({ connectionString: target.url, keepAlive: true, application_name: "reagent-desk cache listener" });
    let lost = false;
    const lose = (error?: unknown) => {
      if (lost) return;
      lost = true;
      if (client === c) client = undefined;
      c.end().catch(() => {});
      if (stopped) return;
      const wait = Math.min(BACKOFF_MS.first * 2 ** failures++, BACKOFF_MS.max);
      log.warn("cache-listener.disconnected", { retryInMs: wait, error });
      retry = setTimeout(() => void connect(), wait);
      retry.unref();
    };
    c.on("notification", (n) => receive(n.payload));
    c.on("error", lose);
    c.on("end", () => lose());
    try {
      await c.connect();
      await c.query(`LISTEN ${CACHE_CHANNEL}`);
    } catch (error) {
      lose(error);
      return;
    }
    if (stopped) return void c.end().catch(() => {});
    client = c;
    failures = 0;
    if (connectedBefore) {
      log.info("cache-listener.reconnected", { expired: AFTER_RECONNECT });
      onExpire(AFTER_RECONNECT, "reconnected");
    }
    connectedBefore = true;
    markReady();
  };

  void connect();
  const listener: Listener = {
    ready,
    async stop() {
      stopped = true;
      clearTimeout(retry);
      await client?.end().catch(() => {});
      client = undefined;
      if (globals.cacheListener === listener) globals.cacheListener = undefined;
    },
  };
  if (!url) globals.cacheListener = listener;
  return listener;
}
