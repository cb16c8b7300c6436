import { createServer, type IncomingHttpHeaders, type Server } from "node:http";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { seedCatalog } from "@/lib/catalog/seed-catalog";
import { db } from "@/lib/db";
import { cacheTags } from "@/lib/cache-tags";
import { getGuidesForProduct } from "@/lib/guides/guides";
import { seedGuides } from "@/lib/guides/seed-guides";
import { MAX_REFRESHED_PAGES, PROXY_REFRESH_HEADER, refreshProxiedPages, refreshTaggedPages } from "@/lib/proxy-cache";
import * as catalog from "@/prisma/seed-data/catalog";
import { guideReferences, guides } from "@/prisma/seed-data/guides";

// A stand-in for the caching proxy: records what the app asks of it. Port from this project's range.
const PORT = 4495;
const origin = `http://127.0.0.1:${PORT}`;
let seen: { url: string; headers: IncomingHttpHeaders }[] = [];
let server: Server;

beforeAll(async () => {
  await seedCatalog(db, catalog);
  await seedGuides(db, { guides, guideReferences, catalogReferences: catalog.references });
  server = createServer((req, res) => {
    seen.push({ url: req.url!, headers: req.headers });
    res.statusCode = req.url === "/broken" ? 502 : 200;
    res.end("x".repeat(100_000));
  });
  await new Promise<void>((resolve) => server.listen(PORT, "127.0.0.1", resolve));
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));
beforeEach(() => {
  seen = [];
});

describe("refreshProxiedPages", () => {
  it("requests each path through the proxy with the refresh header", async () => {
    const results = await refreshProxiedPages({ paths: ["/products/B8105958", "/guides/a-guide"], origin });
    expect(results).toEqual([
      { path: "/products/B8105958", status: 200 },
      { path: "/guides/a-guide", status: 200 },
    ]);
    expect(seen.map((s) => s.url).sort()).toEqual(["/guides/a-guide", "/products/B8105958"]);
    expect(seen.every((s) => s.headers[PROXY_REFRESH_HEADER.toLowerCase()] === "1")).toBe(true);
  });

  it("reports a failing proxy or path without throwing, and still refreshes the others", async () => {
    const down = await refreshProxiedPages({ paths: ["/products/B8105958"], origin: "http://127.0.0.1:4496" });
    expect(down).toEqual([{ path: "/products/B8105958", status: null }]);
    const results = await refreshProxiedPages({ paths: ["/broken", "/products/B8105958"], origin });
    expect(results).toEqual([
      { path: "/broken", status: 502 },
      { path: "/products/B8105958", status: 200 },
    ]);
  });

  it("does nothing without a proxy", async () => {
    expect(await refreshProxiedPages({ paths: ["/products/B8105958"], origin: undefined })).toEqual([]);
    expect(await refreshTaggedPages({ tags: [cacheTags.product("B8105958")], origin: undefined })).toEqual([]);
    expect(seen).toEqual([]);
  });
});

describe("refreshTaggedPages", () => {
  it("refreshes a product's page and every guide that compares it, a guide's page and the listings, each once", async () => {
    const linked = await getGuidesForProduct({ catalogNumber: "B8105958" });
    expect(linked.length).toBeGreaterThan(0);
    const tags = [cacheTags.product("B8105958"), cacheTags.guide(linked[0]!.slug), cacheTags.guide("another-guide"), cacheTags.catalog];
    await refreshTaggedPages({ tags, origin });
    const listings = [
      "/",
      "/products",
      "/guides",
      "/guides?kind=comparison",
      "/guides?kind=application-note",
      "/guides?kind=troubleshooting",
      "/guides?kind=protocol",
    ];
    const expected = [...listings, "/products/B8105958", ...linked.map((g) => `/guides/${g.slug}`), "/guides/another-guide"];
    expect(seen.map((s) => s.url).sort()).toEqual(expected.sort());
  });

  it("refreshes the home page and the guide listings after a guide is saved, not /products", async () => {
    await refreshTaggedPages({ tags: [cacheTags.guide("another-guide"), cacheTags.guides], origin });
    expect(seen.map((s) => s.url)).toContain("/");
    expect(seen.map((s) => s.url)).toContain("/guides?kind=protocol");
    expect(seen.map((s) => s.url)).not.toContain("/products");
  });

  it(`refreshes at most ${MAX_REFRESHED_PAGES} pages for one edit`, async () => {
    const tags = Array.from({ length: MAX_REFRESHED_PAGES + 50 }, (_, i) => cacheTags.product(`ZZ${String(i).padStart(6, "0")}`));
    const results = await refreshTaggedPages({ tags, origin });
    expect(results).toHaveLength(MAX_REFRESHED_PAGES);
    expect(seen).toHaveLength(MAX_REFRESHED_PAGES);
  });
});
