import "server-only";
import { env } from "@/lib/env";
import { hitRateLimit } from "@/lib/core/rate-limit";

const HOUR_MS = 60 * 60 * 1000;
const MINUTE_MS = 60 * 1000;

/**
 * Counts a request for a sign-in link against the client asking (SIGN_IN_LIMIT_PER_IP an hour, in
 * the database, so across app processes). Every request counts, whatever the address: a refusal says
 * "too many from here" and nothing about any address.
 */
export async function allowSignInRequestFrom(ip: string | undefined) {
  return (await hitRateLimit({ key: `sign-in:ip:${ip ?? "unknown"}`, limit: env.SIGN_IN_LIMIT_PER_IP, windowMs: HOUR_MS })).allowed;
}

/**
 * At most one link a minute goes to one address, whoever asks. A request past that sends nothing and
 * gets the same answer as any other, so it neither tells who is staff nor locks the member out: the
 * link sent within the last minute is still in their inbox, valid for 30 minutes.
 */
export async function allowSignInLinkTo(email: string, now = new Date()) {
  return (await hitRateLimit({ key: `sign-in:email:${email.trim().toLowerCase()}`, limit: 1, windowMs: MINUTE_MS, now })).allowed;
}
