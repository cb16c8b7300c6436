// Cross-site request forgery guard for every state-changing request that a browser could send with
// our cookies: server actions, next-auth's sign-in and sign-out, and any future POST/PUT/PATCH/DELETE.
// Next already compares a server action's Origin with its Host; this check covers route handlers
// too, and runs before any of them.

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

// Authenticated by a shared secret, never by a cookie, so a forged cross-site request gains nothing,
// and other servers (mail provider, partners) call them without a browser's Origin.
const CROSS_SITE_ALLOWED = ["/api/inbound-email", "/api/inquiries"];

export type OriginCheck = {
  method: string;
  pathname: string;
  origin: string | null;
  secFetchSite: string | null;
  allowedOrigins: string[];
  /** The host the browser addressed (Host, or X-Forwarded-Host behind a trusted proxy): its own origin is always allowed. */
  requestHost: string | null;
};

/**
 * The host the browser sent the request to, as Next's own server-action check reads it. Not
 * request.nextUrl: Next builds that from the address the server was started with (-H), so a browser
 * at http://127.0.0.1:3000 would be refused by a server that believes it is localhost:3000.
 * X-Forwarded-Host only counts behind a proxy we trust to set it; a client could send any value.
 */
export function requestHostFrom(headers: Headers, trustedProxyHops: number) {
  return (trustedProxyHops > 0 && headers.get("x-forwarded-host")?.split(",")[0]?.trim()) || headers.get("host");
}

function hostOf(origin: string) {
  try {
    return new URL(origin).host;
  } catch {
    return undefined; // "null" (sandboxed frames, file: pages) names no host
  }
}

/**
 * Whether to refuse a request as cross-site. Browsers send `Sec-Fetch-Site` (all current ones) or
 * at least `Origin` on a POST; a request with neither did not come from a browser, so it carries
 * no victim's cookies and is left to the handler's own authentication.
 */
export function isCrossSiteWrite({ method, pathname, origin, secFetchSite, allowedOrigins, requestHost }: OriginCheck) {
  if (SAFE_METHODS.has(method.toUpperCase())) return false;
  if (CROSS_SITE_ALLOWED.some((path) => pathname === path || pathname.startsWith(`${path}/`))) return false;
  // "same-site" would let any subdomain post here; "none" is the user typing or bookmarking.
  if (secFetchSite && secFetchSite !== "same-origin" && secFetchSite !== "none") return true;
  if (origin !== null && !allowedOrigins.includes(origin) && !(requestHost && hostOf(origin) === requestHost.toLowerCase())) return true;
  return false;
}
