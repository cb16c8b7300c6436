// Worker-thread entry (see structure-pool.ts): resolves batches of structures with its own RDKit.
import { parentPort } from "node:worker_threads";
import { resolveStructure, type StructureJob, type StructureOutcome } from "@/lib/catalog/import/resolve-structure";

export type WorkerRequest = { id: number; jobs: StructureJob[] };
export type WorkerResponse = { id: number; outcomes: StructureOutcome[] } | { id: number; error: string };

parentPort?.on("message", async ({ id, jobs }: WorkerRequest) => {
  let response: WorkerResponse;
  try {
    const outcomes: StructureOutcome[] = [];
    for (const job of jobs) outcomes.push(await resolveStructure(job));
    response = { id, outcomes };
  } catch (error) {
    response = { id, error: error instanceof Error ? (error.stack ?? error.message) : String(error) };
  }
  parentPort!.postMessage(response);
});
