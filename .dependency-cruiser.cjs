// The layers of docs/architecture.md, checked by `npm run lint` (depcruise). Imports run one way:
// app/ → lib/<domain>/ → lib/core/ → lib/db.ts (and the other base modules below).
//
// Tests (*.test.ts) may reach across domains and into app/: they seed one domain to exercise
// another and call route handlers directly. They still may not form a cycle.

/**
 * Base: the database client and how it finds its database, env, zod setup, site constants and the
 * generated Prisma types. (lib/database/auto-setup.ts is not base: it is a start-up job that
 * instrumentation.ts runs, and it uses the client and the logger.)
 */
const BASE = "^lib/(db|env|zod-jitless|site)\\.ts$|^lib/generated/|^lib/database/(?!auto-setup\\.ts$)";

/**
 * Every lib/<domain>/ folder and which other domains it may import. An edge not listed here is a
 * lint error; add one only when the dependency is meant to exist, and never both ways.
 */
const ALLOWED_DOMAIN_EDGES = {
  auth: ["mail", "http"], // sign-in links are mailed; sign-in is limited per client address
  catalog: [],
  guides: ["catalog"], // guides cite products and references
  http: [],
  inquiries: ["catalog", "mail", "requesters"], // an inquiry names products, is acknowledged by mail with a private link
  mail: [],
  orders: ["quotes", "inquiries", "mail", "requesters"], // an accepted quote becomes an order; changes are mailed with the link
  quotes: ["catalog", "inquiries", "mail", "requesters"], // lines come from the catalog; a sent quote moves its inquiry, mails the link
  requesters: ["inquiries", "mail", "http"], // the requester's page reads their inquiry, mails new links, limits per client
  security: [],
  triage: ["inquiries", "mail", "http", "quotes", "orders", "requesters"], // staff work on inquiries, quotes and orders
};
const DOMAINS = Object.keys(ALLOWED_DOMAIN_EDGES);
const TEST = "\\.test\\.tsx?$";

const domainRules = DOMAINS.map((domain) => {
  const forbidden = DOMAINS.filter((other) => other !== domain && !ALLOWED_DOMAIN_EDGES[domain].includes(other));
  return {
    name: `domain-${domain}`,
    comment: `lib/${domain}/ may import only lib/core/, the base modules and lib/{${ALLOWED_DOMAIN_EDGES[domain].join(",")}}/ (see ALLOWED_DOMAIN_EDGES).`,
    severity: "error",
    from: { path: `^lib/${domain}/`, pathNot: TEST },
    to: { path: forbidden.length ? `^lib/(${forbidden.join("|")})/` : "^$" },
  };
}).filter((rule) => rule.to.path !== "^$");

module.exports = {
  forbidden: [
    {
      name: "no-circular",
      comment: "A cycle means two modules are one concern in two places: move the shared part down a layer.",
      severity: "error",
      from: {},
      to: { circular: true },
    },
    {
      name: "lib-not-to-app",
      comment: "lib/ holds logic and data access; routes and UI (app/) sit above it.",
      severity: "error",
      from: { path: "^lib/", pathNot: TEST },
      to: { path: "^app/" },
    },
    {
      name: "core-not-to-domains",
      comment: "lib/core/ is shared by every domain, so it imports only itself, the base modules and packages.",
      severity: "error",
      from: { path: "^lib/core/", pathNot: TEST },
      to: { path: "^(lib|app|emails)/", pathNot: `^lib/core/|${BASE}` },
    },
    {
      name: "base-not-up",
      comment: "The base modules (db, env, zod setup, site constants) import nothing above them.",
      severity: "error",
      from: { path: BASE, pathNot: TEST },
      to: { path: "^(lib|app|emails)/", pathNot: BASE },
    },
    {
      name: "emails-only-types-and-formatters",
      comment: "Email templates get their data as props: they import other templates, the site constants and types only.",
      severity: "error",
      from: { path: "^emails/" },
      to: { path: "^(lib|app)/", pathNot: "^lib/site\\.ts$|^lib/core/format", dependencyTypesNot: ["type-only"] },
    },
    ...domainRules,
  ],
  options: {
    doNotFollow: { path: "node_modules" },
    exclude: { path: "^lib/generated/" },
    tsConfig: { fileName: "tsconfig.json" },
    tsPreCompilationDeps: true,
    enhancedResolveOptions: { exportsFields: ["exports"], conditionNames: ["import", "require", "node", "default", "types"] },
    reporterOptions: {
      text: { highlightFocused: true },
    },
  },
};
