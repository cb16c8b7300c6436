// Where the import's RDKit work runs. RDKit (WebAssembly) is synchronous and is nearly all of an
// import's CPU time (~6–10 ms a record, half of it the structure drawing). Here: in this thread, for
// tests, small imports and the staff product form; the CLI passes a worker pool
// (structure-pool.ts, kept apart because Next.js cannot bundle its worker loader).
import { resolveStructure, type StructureJob, type StructureOutcome } from "@/lib/catalog/import/resolve-structure";

export type StructureComputer = {
  resolve(jobs: StructureJob[]): Promise<StructureOutcome[]>;
  close(): Promise<void>;
};
// In this thread, yield to the event loop every few structures, so that the previous batch's
// database round trips are not held up until the whole next batch is computed.
const YIELD_EVERY = 16;

export function inlineStructureComputer(): StructureComputer {
  return {
    async resolve(jobs) {
      const outcomes: StructureOutcome[] = [];
      for (const [i, job] of jobs.entries()) {
        outcomes.push(await resolveStructure(job));
        if (i % YIELD_EVERY === YIELD_EVERY - 1) await new Promise((resolve) => setImmediate(resolve));
      }
      return outcomes;
    },
    async close() {},
  };
}

