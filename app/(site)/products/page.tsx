import type { Metadata } from "next";
import { ProductsListing } from "@/app/(site)/products/products-listing";
import { prerenderedByBuild } from "@/lib/cache-tags";
import { parseCatalogQuery } from "@/lib/catalog/catalog-query";

export const metadata: Metadata = {
  title: "Product catalog",
  description: "Research compounds by target, mechanism and category, with cited pharmacology.",
  alternates: { canonical: "/products" },
};

// The unfiltered first page, served from Next's cache and refreshed by the catalog's tags (or after
// 300 s). A query string that filters or pages is served per request by /products/_filtered
// (lib/listing-routes.ts).
export const revalidate = 300;

export default async function ProductsPage() {
  if (await prerenderedByBuild()) return null;
  return <ProductsListing query={parseCatalogQuery({})} src="/products" />;
}
