import { spawn } from "node:child_process";
import { randomUUID } from "node:crypto";
import { createInterface } from "node:readline";
import { describe, expect, it } from "vitest";
import { env } from "@/lib/env";
import { hitRateLimit } from "@/lib/core/rate-limit";

const HOUR_MS = 60 * 60 * 1000;

describe("hitRateLimit", () => {
  it("allows exactly `limit` of many concurrent hits on one key", async () => {
    const key = `test:${randomUUID()}`;
    const results = await Promise.all(Array.from({ length: 30 }, () => hitRateLimit({ key, limit: 20, windowMs: HOUR_MS })));
    expect(results.filter((r) => r.allowed)).toHaveLength(20);
    const refused = results.find((r) => !r.allowed);
    expect(refused && !refused.allowed && refused.retryAt.getTime() % HOUR_MS).toBe(0);
  });

  it("starts again in the next window, and keeps keys apart", async () => {
    const key = `test:${randomUUID()}`;
    const now = new Date("2026-03-02T10:59:00Z");
    expect((await hitRateLimit({ key, limit: 1, windowMs: HOUR_MS, now })).allowed).toBe(true);
    expect((await hitRateLimit({ key, limit: 1, windowMs: HOUR_MS, now })).allowed).toBe(false);
    expect((await hitRateLimit({ key: `${key}:other`, limit: 1, windowMs: HOUR_MS, now })).allowed).toBe(true);
    expect((await hitRateLimit({ key, limit: 1, windowMs: HOUR_MS, now: new Date("2026-03-02T11:00:00Z") })).allowed).toBe(true);
  });
});

// Two separate Node processes, each with its own Prisma client and connection pool, hit one key at
// the same moment: the limit holds over both because the count is taken in the database. Only on
// PostgreSQL: the embedded database's host serves several processes, but not concurrently (its one
// session would interleave their extended-protocol messages; see lib/db.ts).
describe.runIf(/^postgres(ql)?:/.test(env.DATABASE_URL ?? ""))("across app processes", () => {
  function startProcess(key: string, hits: number, limit: number) {
    const child = spawn(
      "node_modules/.bin/tsx",
      ["--require", "./scripts/server-only-stub.cjs", "tests/fixtures/rate-limit-client.ts", key, String(hits), String(limit)],
      {
        env: { ...process.env, DB_POOL_MAX: "10" },
        stdio: ["pipe", "pipe", "inherit"],
      },
    );
    const lines = createInterface({ input: child.stdout })[Symbol.asyncIterator]();
    return {
      ready: lines.next().then(({ value }) => expect(value).toBe("ready")),
      go: () => child.stdin.write("go\n"),
      allowed: lines.next().then(({ value }) => (JSON.parse(value as string) as { allowed: number }).allowed),
    };
  }

  it("two processes hitting one key together are allowed `limit` hits in all", { timeout: 60_000 }, async () => {
    const key = `test:${randomUUID()}`;
    const processes = [startProcess(key, 15, 20), startProcess(key, 15, 20)];
    await Promise.all(processes.map((p) => p.ready));
    processes.forEach((p) => p.go());
    const allowed = await Promise.all(processes.map((p) => p.allowed));
    expect(allowed[0]! + allowed[1]!).toBe(20);
  });
});
