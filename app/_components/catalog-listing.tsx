import Link from "next/link";
import { CollapsibleFilters } from "@/app/_components/collapsible-filters";
import { ProductCards } from "@/app/_components/product-card";
import { catalogHref, type CatalogPath, type CatalogQuery } from "@/lib/catalog/catalog-query";
import type { FacetKey, FacetValue, findProducts } from "@/lib/catalog/products";

const facetTitles: Record<FacetKey, string> = { target: "Target", mechanism: "Mechanism", category: "Category" };

type Listing = Awaited<ReturnType<typeof findProducts>>;

/**
 * Products with their facets, active filters and pagination: the body of /products (browsing) and
 * of /search (ranked by relevance). `path` is where its links lead; `src`, the path of a cached page
 * (ProductCards).
 */
export function CatalogListing({ query, listing, path, src }: { query: CatalogQuery; listing: Listing; path: CatalogPath; src?: string }) {
  const { products, facets, page, pageCount } = listing;
  const active = (Object.keys(facetTitles) as FacetKey[]).filter((key) => query[key]);
  const href = (change: Partial<CatalogQuery>) => catalogHref(query, change, path);
  return (
    <>
      {active.length || query.q ? (
        <ul className="mt-3 flex flex-wrap gap-2" aria-label="Active filters">
          {query.q ? <ActiveFilter label={`Search: ${query.q}`} href={href({ q: undefined })} /> : null}
          {active.map((key) => {
            const name = facets[key].find((f) => f.slug === query[key])?.name ?? query[key];
            return <ActiveFilter key={key} label={`${facetTitles[key]}: ${name}`} href={href({ [key]: undefined })} />;
          })}
          <li>
            <a href={path} className="text-sm">
              Clear all
            </a>
          </li>
        </ul>
      ) : null}

      <div className="mt-6 grid grid-cols-[minmax(0,1fr)] gap-6 md:gap-8 md:grid-cols-[16rem_minmax(0,1fr)]">
        <CollapsibleFilters activeCount={active.length}>
          {(Object.keys(facetTitles) as FacetKey[]).map((key) => (
            <Facet key={key} facet={key} values={facets[key]} query={query} path={path} />
          ))}
        </CollapsibleFilters>

        <section aria-label="Products">
          {products.length === 0 ? (
            <div className="card p-6">
              <p className="font-semibold">No products match these filters.</p>
              <p className="mt-1 text-sm text-ink-muted">
                Remove a filter, or <Link href="/products">browse the whole catalog</Link>.
              </p>
            </div>
          ) : (
            <ProductCards products={products} className="grid gap-4 sm:grid-cols-2 xl:grid-cols-3" src={src} />
          )}
          {pageCount > 1 ? <Pagination query={query} page={page} pageCount={pageCount} path={path} /> : null}
          {listing.more ? (
            <p className="mt-4 text-sm text-ink-muted">
              More than {listing.total.toLocaleString("en")} products match: these pages and the filter counts cover the first{" "}
              {listing.total.toLocaleString("en")}. Add a word, a catalog number or a filter to narrow the search.
            </p>
          ) : null}
        </section>
      </div>
    </>
  );
}

function ActiveFilter({ label, href }: { label: string; href: string }) {
  return (
    <li>
      <a href={href} className="tag no-underline hover:underline" aria-label={`Remove filter ${label}`}>
        {label} ✕
      </a>
    </li>
  );
}

function Facet({ facet, values, query, path }: { facet: FacetKey; values: FacetValue[]; query: CatalogQuery; path: CatalogPath }) {
  const headingId = `facet-${facet}`;
  // Plain links throughout the listing: an unfiltered /products is a static page and each filter or page
  // is another route behind its path (lib/listing-routes.ts); Next's client router, seeing the static
  // /products, could change the address but keep the unfiltered list (seen in e2e).
  return (
    <nav aria-labelledby={headingId}>
      <h2 id={headingId} className="text-sm font-semibold uppercase tracking-wide text-ink-muted">
        {facetTitles[facet]}
      </h2>
      <ul className="mt-2 space-y-0.5 text-sm">
        {values.map((value) => {
          const selected = query[facet] === value.slug;
          return (
            <li key={value.slug}>
              <a
                href={catalogHref(query, { [facet]: selected ? undefined : value.slug }, path)}
                aria-current={selected ? "true" : undefined}
                className={`flex justify-between gap-2 rounded px-2 py-1.5 no-underline ${selected ? "bg-brand text-white hover:text-white" : "text-ink hover:bg-wash"}`}
              >
                <span>{value.name}</span>
                <span className={selected ? "" : "text-ink-muted"} aria-label={`${value.count} products`}>
                  {value.count}
                </span>
              </a>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}

function Pagination({ query, page, pageCount, path }: { query: CatalogQuery; page: number; pageCount: number; path: CatalogPath }) {
  return (
    <nav aria-label="Pagination" className="mt-8 flex flex-wrap items-center gap-2">
      {page > 1 ? (
        <a href={catalogHref(query, { page: page - 1 }, path)} className="btn btn-secondary" rel="prev">
          ← Previous
        </a>
      ) : null}
      {pageWindow(page, pageCount).map((n, i) =>
        n === null ? (
          <span key={`gap-${i}`} aria-hidden="true" className="px-1 text-ink-muted">
            …
          </span>
        ) : (
          <a
            key={n}
            href={catalogHref(query, { page: n }, path)}
            aria-current={n === page ? "page" : undefined}
            className={`btn ${n === page ? "btn-primary" : "btn-secondary"}`}
          >
            <span className="sr-only">Page </span>
            {n}
          </a>
        ),
      )}
      {page < pageCount ? (
        <a href={catalogHref(query, { page: page + 1 }, path)} className="btn btn-secondary" rel="next">
          Next →
        </a>
      ) : null}
    </nav>
  );
}

/** First, last and two either side of the current page, with null marking a gap. */
function pageWindow(page: number, pageCount: number): (number | null)[] {
  const pages = [...new Set([1, page - 2, page - 1, page, page + 1, page + 2, pageCount])]
    .filter((n) => n >= 1 && n <= pageCount)
    .sort((a, b) => a - b);
  return pages.flatMap((n, i) => (i > 0 && n - pages[i - 1]! > 1 ? [null, n] : [n]));
}
