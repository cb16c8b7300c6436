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
    // unauthorized() / forbidden(): staff pages answer 401 / 403 from the server-side session check.
    authInterrupts: true,
  },
  typedRoutes: false,
};

module.exports = nextConfig;
