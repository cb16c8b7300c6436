// Former catalog numbers and the numbers their products have now, held in this process for proxy.ts,
// which answers /products/<former>[/…] with a 301 before any page renders or cache is read. Kept in
// memory because the proxy runs before every request: a database query there would cost every product
// page view one, where a cached page otherwise costs none.
//
// No "server-only" and no database in this module: the proxy imports it. The map is filled at start-up
// (load-redirects.ts, from instrumentation.ts), by a rename in this process (lifecycle.ts), and by the
// product page or CoA route when they find a former number in the database after all (a rename made
// by another app process): that lookup runs only for a catalog number that is not found.
const KEY = Symbol.for("reagent-desk.catalog-number-redirects");
const globals = globalThis as unknown as { [KEY]?: Map<string, string> };
// One map per process on globalThis: proxy.ts and the app's routes are bundled apart.
const redirects = () => (globals[KEY] ??= new Map<string, string>());

/** Former number → current number, as stored (upper-case). */
export function rememberCatalogNumberRedirects(entries: Iterable<readonly [string, string]>) {
  const map = redirects();
  for (const [former, current] of entries) map.set(former, current);
}

/**
 * A rename in this process: the old number leads to the new one, so do the product's earlier numbers,
 * and the new number, if it was a former number of the same product (renamed back), is live again.
 */
export function recordRename(from: string, to: string) {
  const map = redirects();
  for (const [former, current] of map) if (current === from) map.set(former, to);
  map.set(from, to);
  map.delete(to);
}

/**
 * Where a request for a former catalog number goes: the same path under the product's current number
 * (its page, its lots' CoAs), or null. Matches catalog numbers as the page does (any case).
 */
export function productRedirectPath(pathname: string): string | null {
  const map = redirects();
  if (map.size === 0) return null;
  const match = /^\/products\/([^/]+)(\/.*)?$/.exec(pathname);
  if (!match) return null;
  let number: string;
  try {
    number = decodeURIComponent(match[1]!).trim().toUpperCase();
  } catch {
    return null;
  }
  const current = map.get(number);
  return current ? `/products/${encodeURIComponent(current)}${match[2] ?? ""}` : null;
}
