import type { MetadataRoute } from "next";
import { listProductsForSitemap } from "@/lib/catalog/products";
import { env } from "@/lib/env";

export const dynamic = "force-dynamic"; // read at request time: the build never touches the database

export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const url = (path: string) => new URL(path, env.SITE_URL).toString();
  const products = await listProductsForSitemap();
  return [
    { url: url("/"), changeFrequency: "weekly", priority: 1 },
    { url: url("/products"), changeFrequency: "daily", priority: 0.9 },
    ...products.map((p) => ({ url: url(`/products/${p.catalogNumber}`), lastModified: p.updatedAt, changeFrequency: "monthly" as const, priority: 0.8 })),
  ];
}
