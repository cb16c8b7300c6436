// The catalog's URL state (/products?q=&target=&mechanism=&category=&page=): parsed leniently, so
// a hand-edited or stale link shows results instead of an error, and written back in one order.
import { z } from "zod";
import type { CatalogFilter } from "@/lib/catalog/products";
import { withoutControls } from "@/lib/core/plain-text";

const slug = z
  .string()
  .trim()
  .regex(/^[a-z0-9-]{1,80}$/)
  .optional()
  .catch(undefined);

export const catalogQuerySchema = z.object({
  // A NUL from the URL (?q=%00) would reach PostgreSQL, which refuses it in text.
  q: z
    .string()
    .trim()
    .max(200)
    .optional()
    .catch(undefined)
    .transform((v) => (v && withoutControls(v).trim()) || undefined),
  target: slug,
  mechanism: slug,
  category: slug,
  page: z.coerce.number().int().min(1).max(100_000).catch(1).default(1),
});
export type CatalogQuery = z.infer<typeof catalogQuerySchema>;

type RawParams = Record<string, string | string[] | undefined>;

export function parseCatalogQuery(params: RawParams): CatalogQuery {
  const first = Object.fromEntries(Object.entries(params).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v]));
  return catalogQuerySchema.parse(first);
}

export function filterOf({ q, target, mechanism, category }: CatalogQuery): CatalogFilter {
  return { q, target, mechanism, category };
}

/** Where a catalog listing lives: browsing, or search results ranked by relevance. */
export type CatalogPath = "/products" | "/search";

/** The listing URL for `query` with `change` applied; changing a filter returns to page 1. */
export function catalogHref(query: CatalogQuery, change: Partial<CatalogQuery> = {}, path: CatalogPath = "/products") {
  const next = { ...query, ...("page" in change ? {} : { page: 1 }), ...change };
  const params = new URLSearchParams();
  for (const key of ["q", "target", "mechanism", "category"] as const) {
    const value = next[key];
    if (value) params.set(key, value);
  }
  if (next.page && next.page > 1) params.set("page", String(next.page));
  const search = params.toString();
  return search ? `${path}?${search}` : path;
}
