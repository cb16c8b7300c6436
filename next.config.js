// @ts-check
/** @type {import('next').NextConfig} */
const nextConfig = {
  // PGlite loads its WebAssembly and extension bundles from its own package folder: bundling it
  // makes every database request fail at run time ("Extension bundle not found …").
  // RDKit likewise loads its .wasm next to its JavaScript.
  // PDFKit reads its font metrics and colour profile from its package folder at run time too.
  serverExternalPackages: ["@electric-sql/pglite", "@electric-sql/pglite-socket", "@rdkit/rdkit", "pdfkit"],
  poweredByHeader: false,
  // Next hashes the whole HTML of every response to make its ETag, cached pages included: the
  // largest JavaScript function in a CPU profile of a cached product page under load (~0.3 ms of a
  // 60 kB page). Cached pages carry s-maxage for the caching proxy (deploy/nginx), which serves them
  // without asking the app at all.
  generateEtags: false,
  // ISR pages are sent with "s-maxage=<revalidate>, stale-while-revalidate=<expireTime − revalidate>".
  // One day instead of Next's default year: a page nobody asked for in a day is rendered afresh
  // (here and in the proxy) rather than served a year stale.
  expireTime: 86_400,
  experimental: {
    // Files sent from the requester's page (lib/requesters/upload-limit.ts) and attached to a staff
    // reply (lib/triage/reply-attachments.ts). proxy.ts refuses any other action's body past 200 kB
    // before it gets here.
    serverActions: { bodySizeLimit: "11mb" },
    // Next buffers a request body for proxy.ts to read and silently cuts off what is past this size.
    // The largest body the proxy lets through is a catalog upload (MAX_UPLOAD_BYTES, 50 MB, refused
    // with 413 above that by the proxy when declared and by the route when streamed), so an upload is
    // never imported truncated; every other path is refused past 1 MB by the proxy.
    proxyClientMaxBodySize: "51mb",
    // unauthorized() / forbidden(): staff pages answer 401 / 403 from the server-side session check.
    authInterrupts: true,
    // app/global-not-found.tsx answers unmatched URLs with the site's chrome as a document of its own,
    // so the root layout's not-found boundary, which every page carries in its RSC payload, is Next's
    // small default instead of a second site header and footer.
    globalNotFound: true,
  },
  typedRoutes: false,
  // The same for every response, build assets included. Content-Security-Policy and HSTS depend on
  // the page and the deployment, so proxy.ts sets them.
  async headers() {
    return [
      {
        source: "/:path*",
        headers: [
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
          // For browsers without CSP's frame-ancestors.
          { key: "X-Frame-Options", value: "DENY" },
          { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), payment=(), usb=()" },
          { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
        ],
      },
      // The structure editor (scripts/build-ketcher.mjs) is framed by this site's own forms, and compiles
      // its Indigo toolkit (WebAssembly) in a worker. Its own policy: proxy.ts leaves /ketcher/ alone.
      {
        source: "/ketcher/:path*",
        headers: [
          { key: "X-Frame-Options", value: "SAMEORIGIN" },
          {
            key: "Content-Security-Policy",
            value:
              "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; " +
              "font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'self'",
          },
        ],
      },
      // The requester's pages are opened with a private token: no address of theirs goes to another site.
      { source: "/requests", headers: [{ key: "Referrer-Policy", value: "no-referrer" }] },
      { source: "/requests/:path*", headers: [{ key: "Referrer-Policy", value: "no-referrer" }] },
    ];
  },
};

module.exports = nextConfig;
