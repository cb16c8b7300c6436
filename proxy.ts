import { NextResponse, type NextRequest } from "next/server";
import { CATALOG_UPLOAD_PATH, MAX_UPLOAD_BYTES } from "@/lib/catalog/import/upload-limit";
import { productRedirectPath } from "@/lib/catalog/redirect-map";
import { SDS_ACTION_BODY_LIMIT } from "@/lib/catalog/sds-schema";
import { env } from "@/lib/env";
import { listingRoute } from "@/lib/listing-routes";
import { readBodyWithin } from "@/lib/http/read-body";
import { QUOTE_ACTION_BODY_LIMIT, REQUESTER_ACTION_BODY_LIMIT } from "@/lib/requesters/upload-limit";
import { REPLY_ACTION_BODY_LIMIT } from "@/lib/triage/reply-attachments";
import { contentSecurityPolicy, createNonce, hasOwnPolicy, isDynamicPage, strictTransportSecurity } from "@/lib/security/headers";
import { isCrossSiteWrite, requestHostFrom } from "@/lib/security/same-origin";

// Runs before every page, action and route handler (see the matcher): refuses cross-site writes and
// oversized bodies, sets the Content-Security-Policy (with a fresh nonce for pages rendered per
// request) and HSTS, and sends visitors without a session cookie from /staff to the sign-in page.
//
// The staff redirect is a first gate only: every staff page, action and route handler still checks
// the session and role itself (lib/auth/require-staff.ts), since a cookie's presence proves nothing.
const SESSION_COOKIES = ["next-auth.session-token", "__Secure-next-auth.session-token"];
const siteOrigin = new URL(env.SITE_URL).origin;
const https = siteOrigin.startsWith("https:");
const development = env.NODE_ENV === "development";
const hsts = strictTransportSecurity({ production: env.NODE_ENV === "production", https });

// Declared bodies over these are refused before anything reads them. Server actions: the same as
// serverActions.bodySizeLimit in next.config.js, where Next refuses a larger body itself but answers
// 500; those limits are for the requester page's actions (files with a question or an acceptance) and
// the staff inquiry page's (files attached to a reply), the quote form's (a licence document) and the
// staff product page's (a safety data sheet); every other action keeps 200 kB. The catalog
// upload: its own limit. Everything else: 1 MB, far above any form here.
const ACTION_BODY_LIMIT = 200 * 1024;
const BODY_LIMIT = 1024 * 1024;
const isRequesterPath = (pathname: string) => pathname.startsWith("/requests/");
const STAFF_INQUIRY_PAGE = /^\/staff\/inquiries\/[^/]+$/;
// /staff/catalog/<catalog number>, not the catalog's other pages beside it.
const STAFF_PRODUCT_PAGE = /^\/staff\/catalog\/(?!(?:new|import|references|targets)$)[^/]+$/;
const actionBodyLimit = (pathname: string) =>
  isRequesterPath(pathname)
    ? REQUESTER_ACTION_BODY_LIMIT
    : STAFF_INQUIRY_PAGE.test(pathname)
      ? REPLY_ACTION_BODY_LIMIT
      : pathname === "/quote"
        ? QUOTE_ACTION_BODY_LIMIT
        : STAFF_PRODUCT_PAGE.test(pathname)
          ? SDS_ACTION_BODY_LIMIT
          : ACTION_BODY_LIMIT;
const bodyLimit = (request: NextRequest) =>
  request.headers.has("next-action")
    ? actionBodyLimit(request.nextUrl.pathname)
    : request.nextUrl.pathname === CATALOG_UPLOAD_PATH
      ? MAX_UPLOAD_BYTES
      : BODY_LIMIT;

const isStaffPath = (pathname: string) => pathname === "/staff" || pathname.startsWith("/staff/");

// A percent-encoded control character (%00, %0A …) names no page of this site. Refused here because
// Next would otherwise try to store the not-found result of /products/%00 in its cache under a file
// name holding a NUL byte, and log a stack trace for every such request.
const ENCODED_CONTROL_CHARACTER = /%(?:[01][0-9a-f]|7f)/i;

// A path whose percent-encoding is not UTF-8 (/products/%ff) names no page either; Next would answer
// it 500 from every dynamic route. (A query string reaches the proxy already re-encoded by Next, with
// U+FFFD in place of what was malformed.)
function hasMalformedEncoding(pathname: string) {
  try {
    decodeURIComponent(pathname);
    return false;
  } catch {
    return true;
  }
}

const badRequest = (reason: string) =>
  new NextResponse(`Bad request: ${reason}.`, { status: 400, headers: { "Content-Type": "text/plain; charset=utf-8" } });
const tooLarge = (limit: number) => NextResponse.json({ error: `Request bodies over ${limit / 1024} kB are refused` }, { status: 413 });

export async function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl;
  if (ENCODED_CONTROL_CHARACTER.test(pathname)) return badRequest("the address holds a control character");
  if (hasMalformedEncoding(pathname)) return badRequest("the address is not valid percent-encoded UTF-8");
  // A renamed product's former catalog number: 301 to its page (or CoA) under the current number.
  // From memory (lib/catalog/redirect-map.ts), so that no product page view waits on a query; pages
  // and actions cannot answer 301 (permanentRedirect is 308).
  const moved = request.method === "GET" || request.method === "HEAD" ? productRedirectPath(pathname) : null;
  if (moved) {
    const target = request.nextUrl.clone();
    target.pathname = moved;
    const redirect = NextResponse.redirect(target, 301);
    // The caching proxy (deploy/nginx) keeps it in place of the old page, as long as it keeps pages; a
    // browser asks again (a product renamed back would otherwise loop in its cache).
    redirect.headers.set("Cache-Control", "public, max-age=0, s-maxage=300");
    if (hsts) redirect.headers.set("Strict-Transport-Security", hsts);
    return redirect;
  }
  const crossSite = isCrossSiteWrite({
    method: request.method,
    pathname,
    origin: request.headers.get("origin"),
    secFetchSite: request.headers.get("sec-fetch-site"),
    allowedOrigins: [siteOrigin],
    requestHost: requestHostFrom(request.headers, env.TRUSTED_PROXY_HOPS),
  });
  if (crossSite)
    return new NextResponse("Cross-site request refused.", { status: 403, headers: { "Content-Type": "text/plain; charset=utf-8" } });

  const limit = bodyLimit(request);
  if (Number(request.headers.get("content-length") ?? 0) > limit) return tooLarge(limit);
  // A chunked body declares no length: counted here as it arrives (Next would refuse a server action's
  // with a 500). The catalog upload counts its own while it imports.
  if (
    request.body &&
    !request.headers.has("content-length") &&
    pathname !== CATALOG_UPLOAD_PATH &&
    !(await readBodyWithin(request, limit))
  ) {
    return tooLarge(limit);
  }

  if (isStaffPath(pathname) && !SESSION_COOKIES.some((name) => request.cookies.has(name))) {
    const signIn = new URL("/sign-in", request.url);
    signIn.searchParams.set("callbackUrl", pathname + request.nextUrl.search);
    return NextResponse.redirect(signIn);
  }

  // Next reads the nonce from the request's CSP header and stamps it on the scripts it renders. A
  // client-sent header must never reach a render, least of all one whose HTML is cached.
  const requestHeaders = new Headers(request.headers);
  requestHeaders.delete("content-security-policy");
  requestHeaders.delete("content-security-policy-report-only");
  const nonce = isDynamicPage(pathname) ? createNonce() : undefined;
  const policy = contentSecurityPolicy({ nonce, development, https });
  if (nonce) requestHeaders.set("content-security-policy", policy);

  // A filtered /products or /guides is served by another route than the cached unfiltered page.
  const route = request.method === "GET" || request.method === "HEAD" ? listingRoute(pathname, request.nextUrl.searchParams) : null;
  const response = route
    ? NextResponse.rewrite(new URL(route + request.nextUrl.search, request.url), { request: { headers: requestHeaders } })
    : NextResponse.next({ request: { headers: requestHeaders } });
  if (!hasOwnPolicy(pathname)) response.headers.set("Content-Security-Policy", policy);
  if (hsts) response.headers.set("Strict-Transport-Security", hsts);
  return response;
}

export const config = {
  // Everything but build assets (immutable, same-origin, served with next.config.js's headers) and
  // the inbound-mail webhook, whose 10 MB bodies the proxy would otherwise buffer a second time.
  matcher: ["/((?!_next/static|_next/image|favicon\\.ico|api/inbound-email).*)"],
};
