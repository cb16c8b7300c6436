import type { Metadata } from "next";
import Link from "next/link";
import { SearchForm } from "@/app/_components/search-form";
import { CatalogListing } from "@/app/_components/catalog-listing";
import { filterOf, parseCatalogQuery } from "@/lib/catalog/catalog-query";
import { findProducts } from "@/lib/catalog/products";
import { guideKindLabels, searchGuides } from "@/lib/guides/guides";

export async function generateMetadata({ searchParams }: PageProps<"/search">): Promise<Metadata> {
  const { q } = parseCatalogQuery(await searchParams);
  // Result pages are for people: they are not indexed, and all share one canonical address.
  return { title: q ? `Search: ${q}` : "Search", robots: { index: false, follow: true }, alternates: { canonical: "/search" } };
}

export default async function SearchPage({ searchParams }: PageProps<"/search">) {
  const query = parseCatalogQuery(await searchParams);
  const [listing, guides] = query.q
    ? await Promise.all([findProducts({ filter: filterOf(query), page: query.page }), searchGuides({ q: query.q, limit: 5 })])
    : [null, []];

  // Guides lead for a topic ("solubility"); a query that names a product (its catalog or CAS number,
  // its name) is looking for that product, so products come first, on a phone's first screen too.
  const productsFirst = listing?.namesProduct ?? false;
  const guideResults =
    guides.length && listing?.page === 1 ? (
      <section aria-labelledby="guide-results" className="mt-6">
        <h2 id="guide-results" className="text-xl">
          Technical guides
        </h2>
        <ul className="mt-2 space-y-2">
          {guides.map((guide) => (
            <li key={guide.slug} className="card p-4">
              <Link href={`/guides/${guide.slug}`} className="font-semibold">
                {guide.title}
              </Link>
              <span className="tag ml-2">{guideKindLabels[guide.kind]}</span>
              <p className="mt-1 text-sm text-ink-muted">{guide.summary}</p>
            </li>
          ))}
        </ul>
      </section>
    ) : null;

  return (
    <div className="container-page py-8">
      <h1 className="text-3xl">Search</h1>
      <SearchForm id="search-page-q" defaultValue={query.q ?? ""} className="mt-4 max-w-2xl" />
      <p className="mt-2 text-sm text-ink-muted">
        Looking for a scaffold? <Link href="/search/structure">Search by structure (SMILES)</Link>.
      </p>

      {listing ? (
        <>
          <p className="mt-6 text-ink-muted" role="status">
            {listing.more
              ? `More than ${listing.total.toLocaleString("en")} products`
              : listing.total === 1
                ? "1 product"
                : `${listing.total.toLocaleString("en")} products`}{" "}
            and {guides.length === 1 ? "1 guide" : `${guides.length} guides`} match “{query.q}”
            {listing.pageCount > 1 ? ` · page ${listing.page} of ${listing.pageCount}` : null}
          </p>
          {productsFirst ? null : guideResults}
          <h2 className="sr-only">Products</h2>
          {listing.total === 0 ? (
            <div className="card mt-6 p-6">
              <p className="font-semibold">No products match “{query.q}”.</p>
              <p className="mt-1 text-sm text-ink-muted">
                Check the spelling or the catalog number, try a synonym, <Link href="/search/structure">search by structure</Link>, or{" "}
                <Link href={`/custom-synthesis`}>ask us to make it</Link>.
              </p>
            </div>
          ) : (
            <CatalogListing query={query} listing={listing} path="/search" />
          )}
          {productsFirst ? guideResults : null}
        </>
      ) : (
        <p className="mt-6">
          Search by compound name, synonym, catalog number (or its first digits) or CAS number. Spelling mistakes are forgiven.
        </p>
      )}
    </div>
  );
}
