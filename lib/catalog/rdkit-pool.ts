// RDKit in worker threads. RDKit MinimalLib is synchronous WebAssembly: in the request's thread a slow
// molecule blocks every other request, and an input that crashes it ("memory access out of bounds")
// leaves the one shared module broken for every later visitor. Here each worker has its own module and
// runs one call at a time under a time limit; a worker whose module threw or ran past the limit is
// terminated and replaced, never given another call.
import { availableParallelism } from "node:os";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import type { RDKitOperation, RDKitOperations } from "@/lib/catalog/rdkit-operations";
import type { RDKitRequest, RDKitResponse } from "@/lib/catalog/rdkit-worker";
import { env } from "@/lib/env";
import { log } from "@/lib/core/log";

/** RDKit failed on this call (its module threw, or it ran past the time limit); the worker was replaced. */
export class RDKitWorkerError extends Error {}

type Result<K extends RDKitOperation> = Awaited<ReturnType<RDKitOperations[K]>>;
type Arg<K extends RDKitOperation> = Parameters<RDKitOperations[K]>[0];

export type RDKitPool = {
  run<K extends RDKitOperation>(op: K, arg: Arg<K>, options?: { timeoutMs?: number }): Promise<Result<K>>;
  /** Thread ids of the live workers: a replaced worker's id never comes back. */
  readonly threadIds: number[];
  close(): Promise<void>;
};

type Job = { op: RDKitOperation; arg: unknown; timeoutMs: number; resolve: (value: unknown) => void; reject: (error: Error) => void };
type Slot = { worker: Worker; job?: Job; timer?: NodeJS.Timeout; id: number };

function startWorker(): Worker {
  // In Next's server, Turbopack bundles the worker entry from this `new Worker(new URL(…))` expression
  // (serverExternalPackages keeps @rdkit/rdkit loading its .wasm from node_modules). Turbopack's
  // import.meta.url still names the .ts source, so it cannot tell the two cases apart.
  if (env.NEXT_RUNTIME === "nodejs") return new Worker(new URL("./rdkit-worker.ts", import.meta.url));
  // Under tsx or Vitest the entry is TypeScript source, and Node 20 workers do not inherit tsx's loader.
  const entry = fileURLToPath(new URL("./rdkit-worker.ts", import.meta.url));
  return new Worker(`require("tsx/cjs/api").register(); require(${JSON.stringify(entry)});`, { eval: true });
}

export function createRDKitPool({
  size = Math.min(2, availableParallelism()),
  timeoutMs = 5_000,
}: { size?: number; timeoutMs?: number } = {}): RDKitPool {
  const slots: Slot[] = [];
  const queue: Job[] = [];
  let nextId = 0;
  let closed = false;

  const spawn = (): Slot => {
    const slot: Slot = { worker: startWorker(), id: -1 };
    slot.worker.on("message", (response: RDKitResponse) => {
      if (response.id !== slot.id || !slot.job) return;
      const job = slot.job;
      if (response.ok) {
        finish(slot);
        job.resolve(response.value);
      } else {
        discard(slot, new RDKitWorkerError(`RDKit failed: ${response.error}`));
      }
    });
    slot.worker.on("error", (error) => discard(slot, new RDKitWorkerError(`RDKit worker failed: ${error.message}`)));
    slot.worker.on("exit", () => discard(slot, new RDKitWorkerError("RDKit worker exited")));
    // An idle worker must not keep a CLI or test process alive, a busy one must (see dispatch). After
    // the listeners: a "message" listener refs the worker's port again.
    slot.worker.unref();
    slots.push(slot);
    return slot;
  };

  const finish = (slot: Slot) => {
    slot.worker.unref();
    clearTimeout(slot.timer);
    slot.job = undefined;
    slot.timer = undefined;
    dispatch();
  };

  // The worker's module may be corrupt or still busy: it is never used again.
  const discard = (slot: Slot, error: Error) => {
    const index = slots.indexOf(slot);
    if (index === -1) return;
    slots.splice(index, 1);
    clearTimeout(slot.timer);
    const job = slot.job;
    slot.job = undefined;
    void slot.worker.terminate();
    job?.reject(error);
    if (!closed) {
      // The replacement starts when a call needs it: a worker that cannot start fails calls, not a loop.
      log.warn("rdkit.worker-replaced", { op: job?.op, error });
      dispatch();
    }
  };

  const dispatch = () => {
    for (;;) {
      if (!queue.length || closed) return;
      const slot = slots.find((s) => !s.job) ?? (slots.length < size ? spawn() : undefined);
      if (!slot) return;
      const job = queue.shift()!;
      slot.job = job;
      slot.id = nextId++;
      slot.worker.ref();
      slot.timer = setTimeout(() => discard(slot, new RDKitWorkerError(`RDKit took longer than ${job.timeoutMs} ms`)), job.timeoutMs);
      slot.worker.postMessage({ id: slot.id, op: job.op, arg: job.arg } satisfies RDKitRequest);
    }
  };

  return {
    run(op, arg, options) {
      return new Promise((resolve, reject) => {
        if (closed) return reject(new RDKitWorkerError("RDKit pool closed"));
        queue.push({ op, arg, timeoutMs: options?.timeoutMs ?? timeoutMs, resolve: resolve as (value: unknown) => void, reject });
        dispatch();
      });
    },
    get threadIds() {
      return slots.map((slot) => slot.worker.threadId);
    },
    async close() {
      closed = true;
      for (const job of queue.splice(0)) job.reject(new RDKitWorkerError("RDKit pool closed"));
      await Promise.all(
        slots.splice(0).map((slot) => {
          clearTimeout(slot.timer);
          slot.job?.reject(new RDKitWorkerError("RDKit pool closed"));
          return slot.worker.terminate();
        }),
      );
    },
  };
}

const shared = globalThis as unknown as { rdkitPool?: RDKitPool };

/** The process's RDKit workers for request-path work (previews, structure search, uploads). */
export function rdkitPool(): RDKitPool {
  return (shared.rdkitPool ??= createRDKitPool());
}
