// Load clients for the reliability suite: inquiries of all three kinds POSTed to /api/inquiries the
// way an integration would, each with its own idempotency key, retried with that same key after a
// "try again" (503) or a dropped connection. Some are sent twice on purpose.
import { randomUUID } from "node:crypto";
import { performance } from "node:perf_hooks";
import { setTimeout as sleep } from "node:timers/promises";

export const KINDS = ["QUOTE", "CUSTOM_SYNTHESIS", "SUPPORT"] as const;
type Kind = (typeof KINDS)[number];

// A product of the demo catalog (npm run db:seed).
const PRODUCT = "B8105958";

function fieldsFor(kind: Kind, i: number, tag: string): Record<string, string> {
  const requester = {
    name: `Load Researcher ${i}`,
    email: `load.${tag}.${i}@example.edu`,
    institution: "Reliability Institute",
    country: "United Kingdom",
    // The API requires the research-use acknowledgement explicitly (docs/operations.md).
    researchUseAcknowledged: "true",
  };
  switch (kind) {
    case "QUOTE":
      return {
        ...requester,
        "items.0.catalogNumber": PRODUCT,
        "items.0.quantity": "10",
        "items.0.unit": "mg",
        "items.0.grade": "research",
      };
    case "CUSTOM_SYNTHESIS":
      return {
        ...requester,
        compoundName: `Load compound ${i}`,
        quantity: "5",
        unit: "mg",
        purity: "≥98%",
        labelling: "none",
        grade: "research",
        endUse: "Reliability-suite request: reference material for an analytical method",
      };
    case "SUPPORT":
      return {
        ...requester,
        catalogNumbers: PRODUCT,
        application: "Cell viability assay",
        question: "Is it soluble in DMSO at 10 mM, and stable for a week at 4 °C?",
      };
  }
}

export type Submission = {
  i: number;
  kind: Kind;
  key: string;
  reference?: string;
  /** Every reference the API gave for this key: more than one distinct value is a duplicate inquiry. */
  references: string[];
  latencyMs?: number;
  acknowledgedAt?: number;
  unavailable: number;
  dropped: number;
  failure?: string;
};

export type LoadResult = { submissions: Submission[]; extraRequests: number; seconds: number };

const MAX_ATTEMPTS = 400;
const RETRY_PAUSE_MS = 250;
const REQUEST_TIMEOUT_MS = 30_000;

async function post(origin: string, body: URLSearchParams) {
  const started = performance.now();
  const response = await fetch(`${origin}/api/inquiries`, { method: "POST", body, signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS) });
  const json = (await response.json().catch(() => ({}))) as { reference?: string; error?: string };
  return { status: response.status, json, ms: performance.now() - started };
}

/**
 * Send one submission until it is acknowledged (bounded in attempts and by `deadline`). With several
 * origins (app instances), submission i goes to the i-th, and after a dropped connection to the next,
 * as a load balancer would: the same idempotency key makes the retry safe wherever it lands.
 */
async function submitOnce(origins: string[], s: Submission, body: URLSearchParams, deadline: number) {
  for (let attempt = 0; attempt < MAX_ATTEMPTS && Date.now() < deadline; attempt++) {
    let result;
    try {
      result = await post(origins[(s.i + s.dropped) % origins.length]!, body);
    } catch {
      s.dropped++; // refused, reset or timed out: whether it was stored is unknown, so retry with the same key
      await sleep(RETRY_PAUSE_MS);
      continue;
    }
    if (result.status === 201 && result.json.reference) {
      s.references.push(result.json.reference);
      return result.ms;
    }
    if (result.status === 201) {
      s.dropped++; // the process died between the status line and the body: no reference reached us
      await sleep(RETRY_PAUSE_MS);
      continue;
    }
    if (result.status === 503) {
      s.unavailable++;
      await sleep(RETRY_PAUSE_MS);
      continue;
    }
    s.failure = `HTTP ${result.status}: ${JSON.stringify(result.json).slice(0, 200)}`;
    return undefined;
  }
  s.failure ??= "not acknowledged within the attempt and time limits";
  return undefined;
}

/**
 * Submit `total` inquiries with `concurrency` clients. Every 20th is sent twice at once (a double
 * click) and every 20th, offset by 10, is sent again after its acknowledgment (a retry); both must
 * come back with the same reference. `onProgress` is called after each acknowledgment.
 */
export async function submitInquiries({
  origin,
  total,
  concurrency,
  tag,
  timeLimitMs,
  onProgress,
}: {
  origin: string | string[];
  total: number;
  concurrency: number;
  /** Part of each requester's address: letters and digits only. */
  tag: string;
  timeLimitMs: number;
  onProgress?: (acknowledged: number) => void;
}): Promise<LoadResult> {
  const origins = typeof origin === "string" ? [origin] : origin;
  const submissions: Submission[] = [];
  const deadline = Date.now() + timeLimitMs;
  let next = 0;
  let acknowledged = 0;
  let extraRequests = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < total && Date.now() < deadline) {
        const i = next++;
        const kind = KINDS[i % KINDS.length]!;
        const s: Submission = { i, kind, key: randomUUID(), references: [], unavailable: 0, dropped: 0 };
        submissions.push(s);
        const body = new URLSearchParams({ kind, idempotencyKey: s.key, ...fieldsFor(kind, i, tag) });
        const sends = i % 20 === 0 ? 2 : 1;
        extraRequests += sends - 1;
        const [latency] = await Promise.all(Array.from({ length: sends }, () => submitOnce(origins, s, body, deadline)));
        if (s.failure || latency === undefined) continue;
        if (i % 20 === 10) {
          extraRequests++;
          await submitOnce(origins, s, body, deadline);
        }
        s.latencyMs = latency;
        s.reference = s.references[0];
        s.acknowledgedAt = Date.now();
        onProgress?.(++acknowledged);
      }
    }),
  );
  return { submissions, extraRequests, seconds: (performance.now() - started) / 1000 };
}
