import "server-only";
import type { StructurePreview } from "@/lib/catalog/structure-preview";
import { env } from "@/lib/env";
import { hitRateLimit } from "@/lib/core/rate-limit";

const MINUTE_MS = 60_000;

export const STRUCTURE_LIMIT_MESSAGE =
  "Too many structure drawings and searches from your address in the last minute: wait a minute and try again";
export const RATE_LIMITED_PREVIEW = {
  ok: false,
  error: STRUCTURE_LIMIT_MESSAGE,
  reason: "rate-limited",
} as const satisfies StructurePreview;

/**
 * Counts one anonymous RDKit request (a live drawing or a structure search) against the client's
 * address, in the database so the limit holds across app processes, and says whether it is within
 * STRUCTURE_LIMIT_PER_MINUTE. A person typing gets a drawing about every half second at most; a script
 * asking for RDKit work as fast as it can is held to the limit.
 */
export async function allowStructureRequest({ ip, now }: { ip: string | undefined; now?: Date }) {
  const result = await hitRateLimit({
    key: `structure:ip:${ip ?? "unknown"}`,
    limit: env.STRUCTURE_LIMIT_PER_MINUTE,
    windowMs: MINUTE_MS,
    now,
  });
  return result.allowed;
}
