// RDKit worker threads for the import CLI, one RDKit each (see structure-computer.ts). Not for the
// Next.js server: the workers load TypeScript through tsx, which the app bundle cannot include.
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import type { StructureJob, StructureOutcome } from "@/lib/catalog/import/resolve-structure";
import type { StructureComputer } from "@/lib/catalog/import/structure-computer";
import type { WorkerRequest, WorkerResponse } from "@/lib/catalog/import/structure-worker";

// Jobs go out in small chunks to whichever worker is free, so one worker given the large molecules
// does not leave the others idle.
const CHUNK = 25;

export function structureWorkerPool(size: number): StructureComputer {
  const workerFile = fileURLToPath(new URL("./structure-worker.ts", import.meta.url));
  const tsx = createRequire(import.meta.url).resolve("tsx/cjs/api");
  // On Node 20 worker threads do not inherit tsx's loader, so each worker registers it before
  // loading its TypeScript entry (this also resolves the "@/" paths from tsconfig.json).
  const code = `require(${JSON.stringify(tsx)}).register(); require(${JSON.stringify(workerFile)});`;
  type Pending = { resolve: (outcomes: StructureOutcome[]) => void; reject: (error: Error) => void };
  const pending = new Map<number, Pending>();
  let failure: Error | undefined;
  let nextId = 0;
  const workers = Array.from({ length: Math.max(1, size) }, () => {
    const worker = new Worker(code, { eval: true });
    worker.on("message", (response: WorkerResponse) => {
      const waiter = pending.get(response.id);
      pending.delete(response.id);
      if ("error" in response) waiter?.reject(new Error(`structure worker: ${response.error}`));
      else waiter?.resolve(response.outcomes);
    });
    worker.on("error", (error) => {
      failure = error;
      for (const waiter of pending.values()) waiter.reject(error);
      pending.clear();
    });
    return worker;
  });
  const send = (worker: Worker, jobs: StructureJob[]) =>
    new Promise<StructureOutcome[]>((resolve, reject) => {
      if (failure) return reject(failure);
      const id = nextId++;
      pending.set(id, { resolve, reject });
      worker.postMessage({ id, jobs } satisfies WorkerRequest);
    });

  return {
    async resolve(jobs) {
      const chunks: StructureJob[][] = [];
      for (let i = 0; i < jobs.length; i += CHUNK) chunks.push(jobs.slice(i, i + CHUNK));
      const results: StructureOutcome[][] = new Array(chunks.length);
      let next = 0;
      await Promise.all(
        workers.map(async (worker) => {
          while (next < chunks.length) {
            const index = next++;
            results[index] = await send(worker, chunks[index]!);
          }
        }),
      );
      return results.flat();
    },
    async close() {
      await Promise.all(workers.map((w) => w.terminate()));
    },
  };
}
