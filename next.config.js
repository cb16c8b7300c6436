// @ts-check
/** @type {import('next').NextConfig} */
const nextConfig = {
  // PGlite loads its WebAssembly and extension bundles from its own package folder: bundling it
  // makes every database request fail at run time ("Extension bundle not found …").
  // RDKit likewise loads its .wasm next to its JavaScript.
  serverExternalPackages: ["@electric-sql/pglite", "@electric-sql/pglite-socket", "@rdkit/rdkit"],
  poweredByHeader: false,
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
