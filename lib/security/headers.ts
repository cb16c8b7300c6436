// The security headers that depend on the page or the deployment (the fixed ones are in next.config.js).
//
// Content-Security-Policy for pages. Two policies, because a per-request nonce and a cached page
// cannot go together: Next stamps the nonce of the request that rendered a page into its <script>
// tags, so an ISR page served from the cache would carry a stale nonce that no later header matches.
//
// - Pages rendered on every request (staff, sign-in, the forms, search, the dev mailbox) get a strict
//   policy: scripts only with this response's nonce, and what those load ('strict-dynamic').
// - Cached public pages (home, products, guides) get a policy that allows the framework's inline
//   scripts ('unsafe-inline') but no script from anywhere else, no eval, no plugins, no <base>, no
//   framing, and no connection, image or form target outside this origin. The text they show is
//   escaped by React or sanitised Markdown, so no markup from the database reaches them as HTML.

/** Path prefixes rendered on every request: each gets a fresh nonce. */
const DYNAMIC_PREFIXES = ["/staff", "/sign-in", "/quote", "/custom-synthesis", "/support", "/search", "/dev", "/requests"];

// Route handlers and files that send a policy of their own (a drawing, a mail attachment, the
// structure editor framed by the forms: next.config.js). Next keeps
// a header the proxy set over the handler's, so the proxy must leave these alone.
const OWN_POLICY_PREFIXES = ["/structures/", "/staff/attachments/", "/ketcher/"];

const under = (pathname: string, prefix: string) =>
  pathname === prefix || pathname.startsWith(prefix.endsWith("/") ? prefix : `${prefix}/`);

export function isDynamicPage(pathname: string) {
  return DYNAMIC_PREFIXES.some((prefix) => under(pathname, prefix));
}

// The requester's files and quote PDFs: /requests/<reference>/files/<id>, /requests/<reference>/quotes/<id>/pdf.
const REQUESTER_DOWNLOAD = /^\/requests\/[^/]+\/(?:files\/[^/]+|quotes\/[^/]+\/pdf)$/;

export function hasOwnPolicy(pathname: string) {
  return OWN_POLICY_PREFIXES.some((prefix) => under(pathname, prefix)) || REQUESTER_DOWNLOAD.test(pathname);
}

export type CspOptions = {
  /** Present for pages rendered per request; absent for cached pages. */
  nonce?: string;
  /** `next dev` only: React rebuilds server error stacks in the browser with eval. */
  development: boolean;
  /** The public origin is https: load nothing over plain http. */
  https: boolean;
};

export function contentSecurityPolicy({ nonce, development, https }: CspOptions) {
  const script = nonce
    ? // 'self' is only a fallback for browsers without CSP 3, which ignore 'strict-dynamic'.
      [`'nonce-${nonce}'`, "'strict-dynamic'", "'self'"]
    : ["'self'", "'unsafe-inline'"];
  if (development) script.push("'unsafe-eval'");
  const directives = [
    "default-src 'self'",
    `script-src ${script.join(" ")}`,
    // React's style props are inline style attributes; CSS cannot run script.
    "style-src 'self' 'unsafe-inline'",
    // Structure previews are SVG data URLs drawn by RDKit on the server.
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ];
  if (https) directives.push("upgrade-insecure-requests");
  return directives.join("; ");
}

/** A nonce: 128 random bits, base64 (the CSP grammar's base64-value). */
export function createNonce() {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return btoa(String.fromCharCode(...bytes));
}

/**
 * HSTS only where the public origin is https and in production, so a development server on
 * http://localhost never pins a browser to https. Two years, the usual preload threshold.
 */
export function strictTransportSecurity({ production, https }: { production: boolean; https: boolean }) {
  return production && https ? "max-age=63072000; includeSubDomains" : undefined;
}
