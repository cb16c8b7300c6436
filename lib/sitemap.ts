import "server-only";
import { countProducts, listProductsForSitemap } from "@/lib/catalog/products";
import { env } from "@/lib/env";
import { listGuidesForSitemap } from "@/lib/guides/guides";

// The sitemaps protocol allows 50,000 URLs per file, and a catalog can hold a million products:
// /sitemap.xml is an index of /sitemaps/pages.xml (everything but products) and one file per 50,000
// products in catalog-number order (/sitemaps/products-0.xml …).
export const URLS_PER_SITEMAP = 50_000;

type Entry = { path: string; lastModified?: Date; changeFrequency?: "daily" | "weekly" | "monthly" | "yearly"; priority?: number };

const escapeXml = (text: string) => text.replace(/[<>&'"]/g, (c) => `&#${c.charCodeAt(0)};`);
const absolute = (path: string) => escapeXml(new URL(path, env.SITE_URL).toString());

function urlset(entries: Entry[]) {
  const urls = entries.map(
    (e) =>
      `<url><loc>${absolute(e.path)}</loc>${e.lastModified ? `<lastmod>${e.lastModified.toISOString()}</lastmod>` : ""}` +
      `${e.changeFrequency ? `<changefreq>${e.changeFrequency}</changefreq>` : ""}${e.priority !== undefined ? `<priority>${e.priority}</priority>` : ""}</url>`,
  );
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls.join("\n")}\n</urlset>\n`;
}

/** The files the index lists: pages.xml, then products-<n>.xml for every 50,000 products. */
export async function sitemapFiles() {
  const productFiles = Math.ceil((await countProducts()) / URLS_PER_SITEMAP);
  return ["pages.xml", ...Array.from({ length: productFiles }, (_, n) => `products-${n}.xml`)];
}

export async function sitemapIndexXml() {
  const files = await sitemapFiles();
  const entries = files.map((file) => `<sitemap><loc>${absolute(`/sitemaps/${file}`)}</loc></sitemap>`);
  return `<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${entries.join("\n")}\n</sitemapindex>\n`;
}

/** One file of the index, or null when there is no such file. */
export async function sitemapFileXml(file: string): Promise<string | null> {
  if (file === "pages.xml") {
    const guides = await listGuidesForSitemap();
    return urlset([
      { path: "/", changeFrequency: "weekly", priority: 1 },
      { path: "/products", changeFrequency: "daily", priority: 0.9 },
      { path: "/guides", changeFrequency: "weekly", priority: 0.8 },
      ...guides.map((g) => ({ path: `/guides/${g.slug}`, lastModified: g.updatedAt, changeFrequency: "monthly" as const, priority: 0.7 })),
      { path: "/tools/calculators", changeFrequency: "yearly", priority: 0.5 },
      { path: "/coa", changeFrequency: "yearly" as const, priority: 0.5 },
      ...["/quote", "/custom-synthesis", "/support"].map((path) => ({ path, changeFrequency: "yearly" as const, priority: 0.5 })),
      { path: "/privacy", changeFrequency: "yearly" as const, priority: 0.3 },
    ]);
  }
  const match = /^products-(\d{1,4})\.xml$/.exec(file);
  if (!match) return null;
  const products = await listProductsForSitemap({ offset: Number(match[1]) * URLS_PER_SITEMAP, limit: URLS_PER_SITEMAP });
  if (!products.length) return null;
  return urlset(
    products.map((p) => ({ path: `/products/${p.catalogNumber}`, lastModified: p.updatedAt, changeFrequency: "monthly", priority: 0.8 })),
  );
}
