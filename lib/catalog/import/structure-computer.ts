// Where the import's RDKit work runs. RDKit (WebAssembly) is synchronous and is nearly all of an
// import's CPU time (~6–10 ms a record, half of it the structure drawing). By default in RDKit worker
// threads (rdkit-pool.ts): the app's shared ones for uploads and the staff product form, a pool of
// its own with one thread per core for the CLI; in this thread with the CLI's --workers=0.
import { resolveStructure, type StructureJob, type StructureOutcome } from "@/lib/catalog/import/resolve-structure";
import { rdkitPool, RDKitWorkerError, type RDKitPool } from "@/lib/catalog/rdkit-pool";

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

// Jobs go out in small chunks, which the pool hands to whichever worker is free, so one worker given
// the large molecules does not leave the others idle.
const CHUNK = 25;

/**
 * RDKit in worker threads. When a chunk fails (RDKit threw or ran past its time limit, and the worker
 * was replaced), its records are tried one by one so that only the record at fault is refused.
 * `ownsPool`: close the pool when the import ends (the CLI's own pool, not the app's shared one).
 */
export function workerStructureComputer({
  pool = rdkitPool(),
  ownsPool = false,
}: { pool?: RDKitPool; ownsPool?: boolean } = {}): StructureComputer {
  const one = (job: StructureJob) =>
    pool.run("resolveStructures", [job]).then(
      ([outcome]) => outcome!,
      (error: unknown): StructureOutcome => {
        if (!(error instanceof RDKitWorkerError)) throw error;
        return { kind: "refused", reason: "RDKit failed on this structure (it crashed or took too long)" };
      },
    );
  const chunk = (jobs: StructureJob[]) =>
    pool.run("resolveStructures", jobs).catch((error: unknown) => {
      if (!(error instanceof RDKitWorkerError)) throw error;
      return Promise.all(jobs.map(one));
    });
  return {
    async resolve(jobs) {
      const chunks: Promise<StructureOutcome[]>[] = [];
      for (let i = 0; i < jobs.length; i += CHUNK) chunks.push(chunk(jobs.slice(i, i + CHUNK)));
      return (await Promise.all(chunks)).flat();
    },
    async close() {
      if (ownsPool) await pool.close();
    },
  };
}
