// /products and /guides are cached pages (ISR) that ignore the query string: the unfiltered catalog's
// first page and every guide. A query string that filters them is served by another route, chosen
// here by proxy.ts, which rewrites the request (the address in the browser stays the same):
// - /products?q=…&target=…&page=… → /products/_filtered?…, rendered per request;
// - /guides?kind=… → /guides/_kind/<kind>, one more cached page per kind.
// Underscores occur in no catalog number or guide slug, so those paths shadow no product or guide.
// A query string that names no filter (?utm_source=…, ?page=1) keeps the cached page.
import { filterOf, parseCatalogQuery } from "@/lib/catalog/catalog-query";
import { guideKindOf, guideKindParam } from "@/lib/guides/guide-kinds";

export const FILTERED_PRODUCTS_PATH = "/products/_filtered";
export const guidesOfKindPath = (param: string) => `/guides/_kind/${param}`;

/** The route that serves this listing address, when it is not the address's own page. */
export function listingRoute(pathname: string, search: URLSearchParams): string | null {
  if (!search.size) return null;
  const first = (key: string) => search.get(key) ?? undefined;
  if (pathname === "/products") {
    const query = parseCatalogQuery(Object.fromEntries([...search.keys()].map((key) => [key, first(key)])));
    return Object.values(filterOf(query)).some(Boolean) || query.page > 1 ? FILTERED_PRODUCTS_PATH : null;
  }
  if (pathname === "/guides") {
    const kind = guideKindOf(first("kind"));
    return kind ? guidesOfKindPath(guideKindParam(kind)) : null;
  }
  return null;
}
