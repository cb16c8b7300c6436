// Entry of the fingerprint index's worker thread (fingerprint-index.ts): holds the fingerprints and
// answers screens, so a scan of a million rows never blocks the server's event loop.
import { parentPort } from "node:worker_threads";
import { FingerprintStore, type SimilarOptions } from "./fingerprint-scan";

export type FingerprintRequest = { id: number } & (
  | { op: "begin"; count: number; morganBitCounts: number[] }
  | { op: "append"; ids: Int32Array; flags: Uint8Array; pattern: Uint8Array; morgan: Uint8Array }
  | { op: "commit" }
  | { op: "substructure"; query: Uint8Array; after: number; max: number }
  | { op: "similar"; query: Uint8Array; options: SimilarOptions }
);
export type FingerprintResponse = { id: number; ok: true; value?: Int32Array } | { id: number; ok: false; error: string };

let current: FingerprintStore | undefined;
let loading: FingerprintStore | undefined;

function handle(request: FingerprintRequest): Int32Array | undefined {
  switch (request.op) {
    case "begin":
      // The searches use the database while a load runs; dropping the old store first keeps one
      // store's memory, not two, at 1M products.
      current = loading = undefined;
      loading = new FingerprintStore(request.count, request.morganBitCounts);
      return;
    case "append":
      if (!loading) throw new Error("append before begin");
      loading.append(request);
      return;
    case "commit":
      if (!loading?.complete) throw new Error(`The index load is incomplete: ${loading?.progress}`);
      current = loading;
      loading = undefined;
      return;
    // No store (a reload began after the caller checked the version): no answer, the caller uses SQL.
    case "substructure":
      return current?.substructureCandidates(request.query, request.after, request.max);
    case "similar":
      return current?.similarCandidates(request.query, request.options);
  }
}

parentPort?.on("message", (request: FingerprintRequest) => {
  let response: FingerprintResponse;
  try {
    response = { id: request.id, ok: true, value: handle(request) };
  } catch (error) {
    response = { id: request.id, ok: false, error: error instanceof Error ? error.message : String(error) };
  }
  parentPort!.postMessage(response, response.ok && response.value ? [response.value.buffer as ArrayBuffer] : []);
});
