import { sitemapFileXml } from "@/lib/sitemap";

export const dynamic = "force-dynamic";

/** /sitemaps/pages.xml and /sitemaps/products-<n>.xml, as listed by /sitemap.xml. */
export async function GET(_request: Request, { params }: RouteContext<"/sitemaps/[file]">) {
  const xml = await sitemapFileXml((await params).file);
  if (xml === null) return new Response("No such sitemap", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  return new Response(xml, { headers: { "Content-Type": "application/xml; charset=utf-8", "Cache-Control": "public, max-age=3600" } });
}
