// @ts-check
/** @type {import('next').NextConfig} */
const nextConfig = {
  // PGlite loads its WebAssembly and extension bundles from its own package folder: bundling it
  // makes every database request fail at run time ("Extension bundle not found …").
  // RDKit likewise loads its .wasm next to its JavaScript.
  serverExternalPackages: ["@electric-sql/pglite", "@electric-sql/pglite-socket", "@rdkit/rdkit"],
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
    // Inquiry forms are small: a bigger body is refused before it is parsed.
    serverActions: { bodySizeLimit: "200kb" },
    // proxy.ts runs for /staff, and Next then buffers request bodies up to this size and silently cuts
    // off the rest. Just above the catalog upload's own limit (MAX_UPLOAD_BYTES, 50 MB), which answers
    // 413 itself, so an upload is never imported truncated.
    proxyClientMaxBodySize: "51mb",
    // unauthorized() / forbidden(): staff pages answer 401 / 403 from the server-side session check.
    authInterrupts: true,
  },
  typedRoutes: false,
};

module.exports = nextConfig;
