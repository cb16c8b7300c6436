import type { Metadata } from "next";
import { ProductsListing } from "@/app/(site)/products/products-listing";
import { parseCatalogQuery } from "@/lib/catalog/catalog-query";

// /products?q=…&target=…&page=…, rewritten here by proxy.ts (lib/listing-routes.ts) and rendered
// per request: the combinations are unbounded.
export const metadata: Metadata = {
  title: "Product catalog",
  description: "Research compounds by target, mechanism and category, with cited pharmacology.",
  alternates: { canonical: "/products" },
};

export default async function FilteredProductsPage({ searchParams }: PageProps<"/products/_filtered">) {
  return <ProductsListing query={parseCatalogQuery(await searchParams)} />;
}
