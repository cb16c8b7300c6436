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
    // Next buffers a request body for the proxy to read; nothing the proxy lets through is larger
    // than a server action (the inbound-mail webhook bypasses the proxy).
    proxyClientMaxBodySize: "1mb",
    // unauthorized() / forbidden(): staff pages answer 401 / 403 from the server-side session check.
    authInterrupts: true,
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
    ];
  },
};

module.exports = nextConfig;
