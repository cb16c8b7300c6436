import "server-only";
import { headers } from "next/headers";
import { env } from "@/lib/env";
import { peerAddressHeader } from "@/lib/http/peer-address";

/**
 * The client's address. Without a proxy (0 hops) it is the socket's address (`peer`), whatever
 * X-Forwarded-For says: Next keeps a header the client wrote. Behind `trustedHops` proxies, each
 * appending the address it was connected from, the entry that many places from the right was written
 * by the outermost one: the client as it saw it. Everything left of that came from the client and is
 * ignored; with fewer entries than proxies the leftmost is taken, with none the socket's address.
 */
export function clientIpFrom(
  { forwardedFor, peer }: { forwardedFor: string | null | undefined; peer: string | null | undefined },
  trustedHops: number,
) {
  if (trustedHops === 0) return peer || undefined;
  const entries = (forwardedFor ?? "")
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean);
  if (entries.length === 0) return peer || undefined;
  return entries[Math.max(0, entries.length - trustedHops)];
}

/**
 * The requester's address for rate limiting (TRUSTED_PROXY_HOPS says how many proxies append to
 * X-Forwarded-For). Undefined only for a request that reached the process before instrumentation.ts
 * stamped it: callers count those together, under one shared key.
 */
export async function requestIp() {
  const all = await headers();
  const peer = peerAddressHeader();
  return clientIpFrom({ forwardedFor: all.get("x-forwarded-for"), peer: peer ? all.get(peer) : undefined }, env.TRUSTED_PROXY_HOPS);
}
