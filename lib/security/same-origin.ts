// Cross-site request forgery guard for every state-changing request that a browser could send with
// our cookies: server actions, next-auth's sign-in and sign-out, and any future POST/PUT/PATCH/DELETE.
// Next already compares a server action's Origin with its Host; this check covers route handlers
// too, and runs before any of them.

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

// Authenticated by a shared secret, never by a cookie, so a forged cross-site request gains nothing,
// and other servers (mail provider, partners) call them without a browser's Origin.
const CROSS_SITE_ALLOWED = ["/api/inbound-email", "/api/inquiries"];

export type OriginCheck = { method: string; pathname: string; origin: string | null; secFetchSite: string | null; allowedOrigins: string[] };

/**
 * Whether to refuse a request as cross-site. Browsers send `Sec-Fetch-Site` (all current ones) or
 * at least `Origin` on a POST; a request with neither did not come from a browser, so it carries
 * no victim's cookies and is left to the handler's own authentication.
 */
export function isCrossSiteWrite({ method, pathname, origin, secFetchSite, allowedOrigins }: OriginCheck) {
  if (SAFE_METHODS.has(method.toUpperCase())) return false;
  if (CROSS_SITE_ALLOWED.some((path) => pathname === path || pathname.startsWith(`${path}/`))) return false;
  // "same-site" would let any subdomain post here; "none" is the user typing or bookmarking.
  if (secFetchSite && secFetchSite !== "same-origin" && secFetchSite !== "none") return true;
  if (origin !== null && !allowedOrigins.includes(origin)) return true;
  return false;
}
