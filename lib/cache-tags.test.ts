import { AsyncLocalStorage } from "node:async_hooks";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

// tests/setup-db.ts makes cached loaders run directly; this file tests the caching itself, so it loads
// Next's real unstable_cache with what a Next server provides: AsyncLocalStorage and a cache. The cache
// keeps each entry exactly as Next hands it over, the value already turned to JSON text.
vi.unmock("next/cache");
const entries = new Map<string, unknown>();
const nextGlobals = globalThis as { AsyncLocalStorage?: unknown; __incrementalCache?: unknown };
let cachedWithTags: typeof import("@/lib/cache-tags").cachedWithTags;
beforeAll(async () => {
  nextGlobals.AsyncLocalStorage = AsyncLocalStorage;
  nextGlobals.__incrementalCache = {
    generateSimpleCacheKey: async (key: string) => key,
    get: async (key: string) => (entries.has(key) ? { value: entries.get(key), isStale: false } : null),
    set: async (key: string, value: unknown) => void entries.set(key, value),
  };
  ({ cachedWithTags } = await import("@/lib/cache-tags"));
});
afterAll(() => {
  delete nextGlobals.__incrementalCache;
});

describe("cachedWithTags", () => {
  it("keeps text shaped like a date as text and Dates as Dates when read back from the cache", async () => {
    const load = async () => ({
      title: "2026-01-02T03:04:05.000Z",
      lines: ["1999-12-31T23:59:59Z"],
      updatedAt: new Date("2026-05-06T07:08:09.000Z"),
    });
    const fresh = await cachedWithTags(["test", "date-text"], ["test"], load);
    const fromCache = await cachedWithTags(["test", "date-text"], ["test"], load);
    expect(entries.size).toBe(1);
    for (const value of [fresh, fromCache]) {
      expect(value.title).toBe("2026-01-02T03:04:05.000Z");
      expect(value.lines).toEqual(["1999-12-31T23:59:59Z"]);
      expect(value.updatedAt).toEqual(new Date("2026-05-06T07:08:09.000Z"));
    }
  });
});
