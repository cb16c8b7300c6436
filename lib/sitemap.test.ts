import { beforeAll, describe, expect, it } from "vitest";
import { countProducts } from "@/lib/catalog/products";
import { seedCatalog } from "@/lib/catalog/seed-catalog";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { listGuidesForSitemap } from "@/lib/guides/guides";
import { seedGuides } from "@/lib/guides/seed-guides";
import { sitemapFileXml, sitemapIndexXml, URLS_PER_SITEMAP } from "@/lib/sitemap";
import * as catalog from "@/prisma/seed-data/catalog";
import { guideReferences, guides } from "@/prisma/seed-data/guides";

const locs = (xml: string) => [...xml.matchAll(/<loc>([^<]*)<\/loc>/g)].map((m) => m[1]!);
const url = (path: string) => new URL(path, env.SITE_URL).toString();

beforeAll(async () => {
  await seedCatalog(db, catalog);
  await seedGuides(db, { guides, guideReferences, catalogReferences: catalog.references });
}, 120_000);

describe("sitemaps", () => {
  it("indexes a file of pages and one file per 50,000 products", async () => {
    const files = Math.ceil((await countProducts()) / URLS_PER_SITEMAP);
    expect(locs(await sitemapIndexXml())).toEqual([
      url("/sitemaps/pages.xml"),
      ...Array.from({ length: files }, (_, n) => url(`/sitemaps/products-${n}.xml`)),
    ]);
  });

  it("lists the pages and every guide in pages.xml, and the products in the product files", async () => {
    const pages = locs((await sitemapFileXml("pages.xml"))!);
    expect(pages).toEqual(expect.arrayContaining([url("/"), url("/products"), url("/guides"), url("/quote")]));
    for (const guide of await listGuidesForSitemap()) expect(pages).toContain(url(`/guides/${guide.slug}`));
    const products = locs((await sitemapFileXml("products-0.xml"))!);
    for (const p of catalog.products) expect(products).toContain(url(`/products/${p.catalogNumber}`));
    expect(products.length).toBeLessThanOrEqual(URLS_PER_SITEMAP);
  });

  it("has no file past the last products, nor any other name", async () => {
    const last = Math.ceil((await countProducts()) / URLS_PER_SITEMAP);
    expect(await sitemapFileXml(`products-${last}.xml`)).toBeNull();
    expect(await sitemapFileXml("products-x.xml")).toBeNull();
    expect(await sitemapFileXml("../etc/passwd")).toBeNull();
  });
});
