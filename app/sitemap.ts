import type { MetadataRoute } from "next";
import { listProductsForSitemap } from "@/lib/catalog/products";
import { env } from "@/lib/env";
import { listGuidesForSitemap } from "@/lib/guides/guides";

export const dynamic = "force-dynamic"; // read at request time: the build never touches the database

export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const url = (path: string) => new URL(path, env.SITE_URL).toString();
  const [products, guides] = await Promise.all([listProductsForSitemap(), listGuidesForSitemap()]);
  return [
    { url: url("/"), changeFrequency: "weekly", priority: 1 },
    { url: url("/products"), changeFrequency: "daily", priority: 0.9 },
    { url: url("/guides"), changeFrequency: "weekly", priority: 0.8 },
    ...guides.map((g) => ({ url: url(`/guides/${g.slug}`), lastModified: g.updatedAt, changeFrequency: "monthly" as const, priority: 0.7 })),
    ...["/quote", "/custom-synthesis", "/support"].map((path) => ({ url: url(path), changeFrequency: "yearly" as const, priority: 0.5 })),
    ...products.map((p) => ({ url: url(`/products/${p.catalogNumber}`), lastModified: p.updatedAt, changeFrequency: "monthly" as const, priority: 0.8 })),
  ];
}
