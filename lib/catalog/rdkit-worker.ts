// Entry of an RDKit worker thread (see rdkit-pool.ts): one RDKit module, one call at a time.
import { parentPort } from "node:worker_threads";
import { loadRDKit } from "@/lib/catalog/chemistry";
import { rdkitOperations, type RDKitOperation } from "@/lib/catalog/rdkit-operations";

export type RDKitRequest = { id: number; op: RDKitOperation; arg: unknown };
export type RDKitResponse = { id: number; ok: true; value: unknown } | { id: number; ok: false; error: string };

// Load the module before the first request needs it.
void loadRDKit();

parentPort?.on("message", async ({ id, op, arg }: RDKitRequest) => {
  let response: RDKitResponse;
  try {
    const run = rdkitOperations[op] as (arg: unknown) => Promise<unknown>;
    response = { id, ok: true, value: await run(arg) };
  } catch (error) {
    response = { id, ok: false, error: error instanceof Error ? error.message : String(error) };
  }
  parentPort!.postMessage(response);
});
