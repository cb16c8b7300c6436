import { randomUUID } from "node:crypto";
import { setTimeout as sleep } from "node:timers/promises";
import { areTagsExpired } from "next/dist/server/lib/incremental-cache/tags-manifest.external";
import { afterEach, describe, expect, it } from "vitest";
import { broadcastExpiredTags, expireTagsHere, INSTANCE_ID, startCacheListener } from "@/lib/cache-broadcast";
import { db } from "@/lib/db";
import { env } from "@/lib/env";

const onPostgres = /^postgres(ql)?:/.test(env.DATABASE_URL ?? "");

it("expires tags in this process's cache the way revalidateTag does", () => {
  const tag = `test:${randomUUID()}`;
  const cachedAt = Date.now() - 1_000;
  expect(areTagsExpired([tag], cachedAt)).toBe(false);
  expireTagsHere([tag]);
  expect(areTagsExpired([tag], cachedAt)).toBe(true);
  // An entry cached after the edit is current.
  expect(areTagsExpired([tag], Date.now() + 1)).toBe(false);
});

// LISTEN/NOTIFY needs PostgreSQL: the embedded database serves a single process, which has no one to tell.
describe.skipIf(!onPostgres)("across app processes on PostgreSQL", () => {
  const stops: (() => Promise<void>)[] = [];
  afterEach(async () => {
    for (const stop of stops.splice(0)) await stop();
  });

  /** Another app process, as far as the channel can tell: its own id and LISTEN connection. */
  async function otherProcess() {
    const received: { tags: string[]; why: string; at: number }[] = [];
    const listener = startCacheListener({
      url: env.DATABASE_URL,
      instanceId: randomUUID(),
      onExpire: (tags, why) => received.push({ tags, why, at: Date.now() }),
    })!;
    stops.push(() => listener.stop());
    await listener.ready;
    return received;
  }

  it("an edit's tags reach every other process within a second, and not the process that made it", async () => {
    const [b, c] = [await otherProcess(), await otherProcess()];
    const own: string[][] = [];
    const self = startCacheListener({ url: env.DATABASE_URL, instanceId: INSTANCE_ID, onExpire: (tags) => own.push(tags) })!;
    stops.push(() => self.stop());
    await self.ready;

    const sent = Date.now();
    await broadcastExpiredTags(["product:B8106205", "catalog"]);
    await expect.poll(() => b.length && c.length, { timeout: 1_000, interval: 10 }).toBeTruthy();
    for (const received of [b, c]) {
      expect(received).toEqual([{ tags: ["product:B8106205", "catalog"], why: "notified", at: expect.any(Number) }]);
      expect(received[0]!.at - sent).toBeLessThan(1_000);
    }
    await sleep(200);
    expect(own).toEqual([]);
  });

  it("a list past one notification's size arrives whole, in several", async () => {
    const b = await otherProcess();
    const tags = Array.from({ length: 2_000 }, (_, i) => `product:TEST${String(i).padStart(6, "0")}`);
    await broadcastExpiredTags(tags);
    await expect.poll(() => b.flatMap((r) => r.tags).length, { timeout: 2_000 }).toBe(tags.length);
    expect(b.length).toBeGreaterThan(1);
    expect(new Set(b.flatMap((r) => r.tags))).toEqual(new Set(tags));
  });

  it("after losing its connection a process reconnects, expires what it may have missed, and hears later edits", async () => {
    const b = await otherProcess();
    await db.$executeRaw`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = 'reagent-desk cache listener' AND datname = current_database() AND pid <> pg_backend_pid()`;
    await expect.poll(() => b.some((r) => r.why === "reconnected"), { timeout: 5_000 }).toBe(true);
    expect(b.find((r) => r.why === "reconnected")!.tags).toEqual(["catalog", "products"]);

    await broadcastExpiredTags(["guide:nmda-antagonists"]);
    await expect.poll(() => b.some((r) => r.tags.includes("guide:nmda-antagonists")), { timeout: 1_000 }).toBe(true);
  });
});
