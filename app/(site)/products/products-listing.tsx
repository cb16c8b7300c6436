import { CatalogListing } from "@/app/_components/catalog-listing";
import { filterOf, type CatalogQuery } from "@/lib/catalog/catalog-query";
import { findProducts } from "@/lib/catalog/products";

/** The catalog, browsed: /products (cached, `src` its path) and its filtered pages (/products/_filtered). */
export async function ProductsListing({ query, src }: { query: CatalogQuery; src?: string }) {
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

      <CatalogListing query={query} listing={listing} path="/products" src={src} />
    </div>
  );
}
