import "server-only";
import { env } from "@/lib/env";
import { hitRateLimit } from "@/lib/inquiries/rate-limit";
import { requestIp } from "@/lib/inquiries/request-ip";

const HOUR_MS = 60 * 60 * 1000;

/**
 * Counts a request for a sign-in link against the address and the requester's IP (in the database,
 * so across app processes) and says whether both are within their hourly limits. Every request
 * counts, on the staff list or not: the per-IP limit also slows anyone probing who is on the list,
 * and the per-address limit stops the inbox of a member from being flooded with links.
 */
export async function allowSignInLinkRequest(email: string) {
  const ip = await requestIp();
  const byEmail = await hitRateLimit({ key: `sign-in:email:${email.trim().toLowerCase()}`, limit: env.SIGN_IN_LIMIT_PER_EMAIL, windowMs: HOUR_MS });
  const byIp = ip ? await hitRateLimit({ key: `sign-in:ip:${ip}`, limit: env.SIGN_IN_LIMIT_PER_IP, windowMs: HOUR_MS }) : { allowed: true };
  return byEmail.allowed && byIp.allowed;
}
