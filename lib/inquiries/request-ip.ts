import "server-only";
import { headers } from "next/headers";

/**
 * The submitter's address for rate limiting. Next's server sets x-forwarded-for from the socket;
 * behind a proxy it carries the proxy's chain, whose first entry is the client as the proxy saw it.
 */
export async function requestIp() {
  const h = await headers();
  return h.get("x-forwarded-for")?.split(",")[0]?.trim() || h.get("x-real-ip") || undefined;
}
