import type { Metadata } from "next";
import { CatalogListing } from "@/app/_components/catalog-listing";
import { filterOf, parseCatalogQuery } from "@/lib/catalog/catalog-query";
import { findProducts } from "@/lib/catalog/products";

export const metadata: Metadata = {
  title: "Product catalog",
  description: "Research compounds by target, mechanism and category, with cited pharmacology.",
  alternates: { canonical: "/products" },
};

export default async function ProductsPage({ searchParams }: PageProps<"/products">) {
  const query = parseCatalogQuery(await searchParams);
  const listing = await findProducts({ filter: filterOf(query), page: query.page });
  const { total, more, page, pageCount } = listing;

  return (
    <div className="container-page py-8">
      <h1 className="text-3xl">Product catalog</h1>
      <p className="mt-1 text-ink-muted" role="status">
        {more ? `More than ${total.toLocaleString("en")} products` : total === 1 ? "1 product" : `${total.toLocaleString("en")} products`}
        {query.q ? <> matching “{query.q}”</> : null}
        {pageCount > 1 ? ` · page ${page} of ${pageCount}` : null}
      </p>

      <CatalogListing query={query} listing={listing} path="/products" />
    </div>
  );
}
