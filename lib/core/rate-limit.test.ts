import { spawn } from "node:child_process";
import { randomUUID } from "node:crypto";
import { createInterface } from "node:readline";
import { describe, expect, it } from "vitest";
import { env } from "@/lib/env";
import { hitRateLimit, hitRateLimits } from "@/lib/core/rate-limit";

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

describe("hitRateLimits", () => {
  it("counts each limit only while every earlier one allows, as one hit after another would", async () => {
    const [ip, mail, domain] = [`test:ip:${randomUUID()}`, `test:mail:${randomUUID()}`, `test:domain:${randomUUID()}`] as const;
    const limits = [
      { key: ip, limit: 3, windowMs: HOUR_MS },
      { key: mail, limit: 2, windowMs: HOUR_MS },
      { key: domain, limit: 1, windowMs: HOUR_MS },
    ];
    const allowed = async () => (await hitRateLimits(limits)).map((v) => v.allowed);
    expect(await allowed()).toEqual([true, true, true]);
    expect(await allowed()).toEqual([true, true, false]);
    // The mail limit refuses the third: the domain is not counted again.
    expect(await allowed()).toEqual([true, false, true]);
    // Now the first refuses, and neither later key is counted.
    expect(await allowed()).toEqual([false, true, true]);
    expect((await hitRateLimit({ key: mail, limit: 4, windowMs: HOUR_MS })).allowed).toBe(true); // its 4th hit
    expect((await hitRateLimit({ key: domain, limit: 3, windowMs: HOUR_MS })).allowed).toBe(true); // its 3rd hit
    expect((await hitRateLimit({ key: domain, limit: 3, windowMs: HOUR_MS })).allowed).toBe(false);
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
