import { afterAll, describe, expect, it } from "vitest";
import { createRDKitPool, RDKitWorkerError } from "@/lib/catalog/rdkit-pool";

// The pool's real worker threads, each with its own RDKit WebAssembly module.
const pool = createRDKitPool({ size: 2 });
afterAll(() => pool.close());

// 990 chained carbons: RDKit's SMILES parser runs out of WebAssembly stack on it and, in one shared
// module, every later call failed with "memory access out of bounds" until the process restarted.
const POISON = "C".repeat(990);
// 250 nested branches: readable, but its drawing takes seconds.
const SLOW = `${"C(".repeat(250)}C${")".repeat(250)}`;

describe("RDKit worker pool", () => {
  it("runs RDKit calls in worker threads", async () => {
    expect(await pool.run("previewSmiles", "c1ccccc1")).toMatchObject({ formula: "C6H6", molecularWeight: 78.11 });
    expect(await pool.run("previewSmiles", "C1CC(")).toBeUndefined();
  });

  it("replaces a worker whose module failed, and the next call still reads benzene", async () => {
    const before = pool.started;
    await expect(pool.run("previewSmiles", POISON)).rejects.toBeInstanceOf(RDKitWorkerError);
    expect(pool.started).toBe(before + 1);
    // Every worker, the replacement and the untouched one, reads benzene.
    const results = await Promise.all([pool.run("previewSmiles", "c1ccccc1"), pool.run("previewSmiles", "c1ccccc1"), pool.run("isReadableSmiles", "c1ccccc1")]);
    expect(results.map((r) => (typeof r === "object" ? r?.formula : r))).toEqual(["C6H6", "C6H6", true]);
  });

  it("terminates and replaces a worker that runs past the time limit, without waiting for it", async () => {
    const before = pool.started;
    const started = performance.now();
    await expect(pool.run("previewSmiles", SLOW, { timeoutMs: 100 })).rejects.toThrow(/longer than 100 ms/);
    expect(performance.now() - started).toBeLessThan(1_000);
    expect(pool.started).toBe(before + 1);
    expect(await pool.run("isReadableSmiles", "CCO")).toBe(true);
  });

  it("keeps the event loop and the other worker free while one call is slow", async () => {
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
