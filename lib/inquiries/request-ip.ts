import "server-only";
import { headers } from "next/headers";
import { env } from "@/lib/env";

/**
 * The client's address from an X-Forwarded-For value, trusting only the last `trustedHops` entries.
 * Each reverse proxy in front of the app appends the address it was connected from, so with N
 * proxies the entry N places from the right was written by the outermost one: the client as it saw
 * it. Everything left of that came from the client and is ignored. Without a proxy (0), Next sets the
 * header from the socket when the request has none, which is then the single, last entry; a client
 * talking to `next start` directly can still send its own header, which is why production belongs
 * behind a proxy that appends to it (see README, Security).
 */
export function clientIpFrom(forwardedFor: string | null | undefined, trustedHops: number) {
  const entries = (forwardedFor ?? "")
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean);
  if (entries.length === 0) return undefined;
  // Fewer entries than proxies means one of them did not append: take the leftmost, the nearest to
  // the client that we have.
  return entries[Math.max(0, entries.length - Math.max(1, trustedHops))];
}

/** The requester's address for rate limiting (TRUSTED_PROXY_HOPS says how many proxies append to X-Forwarded-For). */
export async function requestIp() {
  return clientIpFrom((await headers()).get("x-forwarded-for"), env.TRUSTED_PROXY_HOPS);
}
