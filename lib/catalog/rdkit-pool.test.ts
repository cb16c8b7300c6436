import { afterAll, describe, expect, it } from "vitest";
import { createRDKitPool, RDKitWorkerError, type RDKitPool } from "@/lib/catalog/rdkit-pool";

// The pool's real worker threads, each with its own RDKit WebAssembly module.
const pools: RDKitPool[] = [];
const newPool = (size: number) => {
  const pool = createRDKitPool({ size });
  pools.push(pool);
  return pool;
};
afterAll(() => Promise.all(pools.map((pool) => pool.close())));

// 990 chained carbons: RDKit's SMILES parser runs out of WebAssembly stack on it and, in one shared
// module, every later call failed with "memory access out of bounds" until the process restarted.
const POISON = "C".repeat(990);
// 250 nested branches: readable, but drawing it takes RDKit a second or more.
const SLOW = `${"C(".repeat(250)}C${")".repeat(250)}`;

describe("RDKit worker pool", () => {
  it("runs RDKit calls in worker threads", async () => {
    const pool = newPool(2);
    expect(await pool.run("previewSmiles", "c1ccccc1")).toMatchObject({ formula: "C6H6", molecularWeight: 78.11 });
    expect(await pool.run("previewSmiles", "C1CC(")).toBeUndefined();
    expect(pool.threadIds).toHaveLength(1);
  });

  it("discards a worker whose module failed; its replacement reads benzene", async () => {
    const pool = newPool(1);
    expect(await pool.run("isReadableSmiles", "CCO")).toBe(true);
    const [poisoned] = pool.threadIds;
    await expect(pool.run("previewSmiles", POISON)).rejects.toThrow(new RDKitWorkerError("RDKit failed: memory access out of bounds"));
    expect(pool.threadIds).toEqual([]);
    expect(await pool.run("previewSmiles", "c1ccccc1")).toMatchObject({ formula: "C6H6" });
    expect(pool.threadIds).toHaveLength(1);
    expect(pool.threadIds).not.toContain(poisoned);
  });

  it("terminates and replaces a worker that runs past the time limit, without waiting for it", async () => {
    const pool = newPool(1);
    expect(await pool.run("isReadableSmiles", "CCO")).toBe(true);
    const [slow] = pool.threadIds;
    const started = performance.now();
    await expect(pool.run("previewSmiles", SLOW, { timeoutMs: 100 })).rejects.toThrow(/longer than 100 ms/);
    expect(performance.now() - started).toBeLessThan(1_000);
    expect(await pool.run("isReadableSmiles", "CCO")).toBe(true);
    expect(pool.threadIds).not.toContain(slow);
  });

  it("keeps the event loop and the other worker free while one call is slow", async () => {
    const pool = newPool(2);
    // Both workers loaded first, so the timing below is RDKit's, not a worker's start-up.
    await Promise.all([pool.run("isReadableSmiles", "C"), pool.run("isReadableSmiles", "C")]);
    let slowDone = false;
    const slow = pool.run("previewSmiles", SLOW, { timeoutMs: 60_000 }).then(() => (slowDone = true));
    const lagStart = performance.now();
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(performance.now() - lagStart).toBeLessThan(200);
    expect(await pool.run("isReadableSmiles", "c1ccccc1")).toBe(true);
    expect(slowDone).toBe(false);
    await slow;
  });
});
