import { sitemapIndexXml } from "@/lib/sitemap";

export const dynamic = "force-dynamic"; // read at request time: the build never touches the database

/** The sitemap index (robots.txt names it): one file of pages, one per 50,000 products. */
export async function GET() {
  return new Response(await sitemapIndexXml(), {
    headers: { "Content-Type": "application/xml; charset=utf-8", "Cache-Control": "public, max-age=3600" },
  });
}
