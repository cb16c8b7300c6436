import "server-only";
import { cache } from "react";
import { cachedWithTags, cacheTags } from "@/lib/cache-tags";
import { searchMatchSql, searchRankSql, searchTerms } from "@/lib/catalog/search";
import { db } from "@/lib/db";
import { catalogNumberField } from "@/lib/inquiries/schema";
import { Prisma } from "@/lib/generated/prisma/client";

/** Catalog numbers are stored upper case and matched case-insensitively. */
export function normalizeCatalogNumber(value: string) {
  let decoded = value;
  try {
    decoded = decodeURIComponent(value);
  } catch {
    // A stray "%" (/products/%25) is not an encoding: it is what was asked for.
  }
  return decoded.trim().toUpperCase();
}

export async function getProduct({ catalogNumber }: { catalogNumber: string }) {
  const normalized = normalizeCatalogNumber(catalogNumber);
  // Nothing else is ever stored (the import checks the same rule), and a NUL would fail the query.
  return catalogNumberField.safeParse(normalized).success ? findProduct(normalized) : null;
}

// cache() keys on its arguments' identity, hence the string: generateMetadata and the page ask for
// the same product in one request, and it is queried once.
const findProduct = cache(async (catalogNumber: string) =>
  cachedWithTags(["product", catalogNumber], [cacheTags.product(catalogNumber)], () => loadProduct(catalogNumber)),
);

const loadProduct = (catalogNumber: string) =>
  db.product.findUnique({
    where: { catalogNumber },
    // Search and fingerprint columns are for queries, not for the page (two 2048-character bit strings).
    omit: { patternFp: true, morganFp: true, searchNames: true },
    include: {
      compound: { include: { products: { select: { catalogNumber: true, name: true, saltForm: true }, orderBy: { name: "asc" } } } },
      casReference: true,
      packSizes: { orderBy: { position: "asc" } },
      activities: { include: { target: true, mechanism: true, reference: true }, orderBy: { position: "asc" } },
      references: { include: { reference: true }, orderBy: { position: "asc" } },
      categories: { orderBy: { name: "asc" } },
    },
  });
export type ProductDetail = NonNullable<Awaited<ReturnType<typeof getProduct>>>;

const summarySelect = {
  catalogNumber: true,
  name: true,
  saltForm: true,
  formula: true,
  molecularWeight: true,
  casNumber: true,
  availability: true,
  activities: {
    select: { target: { select: { name: true } }, mechanism: { select: { name: true } } },
    orderBy: { position: "asc" },
  },
} satisfies Prisma.ProductSelect;
export type ProductSummary = Prisma.ProductGetPayload<{ select: typeof summarySelect }>;

export async function getFeaturedProducts({ limit = 6 }: { limit?: number } = {}) {
  return db.product.findMany({ where: { featured: true }, select: summarySelect, orderBy: { name: "asc" }, take: limit });
}

export type CatalogFilter = { q?: string; target?: string; mechanism?: string; category?: string };
export type FacetKey = "target" | "mechanism" | "category";
export type FacetValue = { slug: string; name: string; count: number };


// The catalog filter as SQL over "Product" p. Facet counts pass `except`: each facet is counted
// under the *other* filters, so choosing a target still shows how many products every other target has.
function productFilterSql(filter: CatalogFilter, except?: FacetKey): Prisma.Sql {
  const conditions: Prisma.Sql[] = [Prisma.sql`TRUE`];
  if (filter.q) conditions.push(searchMatchSql(searchTerms(filter.q)));
  if (filter.target && except !== "target") {
    conditions.push(Prisma.sql`EXISTS (SELECT 1 FROM "Activity" fa JOIN "Target" ft ON ft.id = fa."targetId"
      WHERE fa."productId" = p.id AND ft.slug = ${filter.target})`);
  }
  if (filter.mechanism && except !== "mechanism") {
    conditions.push(Prisma.sql`EXISTS (SELECT 1 FROM "Activity" fa JOIN "Mechanism" fm ON fm.id = fa."mechanismId"
      WHERE fa."productId" = p.id AND fm.slug = ${filter.mechanism})`);
  }
  if (filter.category && except !== "category") {
    conditions.push(Prisma.sql`EXISTS (SELECT 1 FROM "_CategoryToProduct" fc JOIN "Category" c ON c.id = fc."A"
      WHERE fc."B" = p.id AND c.slug = ${filter.category})`);
  }
  return Prisma.join(conditions, " AND ");
}

async function countFacets(filter: CatalogFilter) {
  const [target, mechanism, category] = await Promise.all([
    db.$queryRaw<FacetValue[]>`SELECT t.slug, t.name, count(DISTINCT p.id)::int AS count
      FROM "Product" p JOIN "Activity" a ON a."productId" = p.id JOIN "Target" t ON t.id = a."targetId"
      WHERE ${productFilterSql(filter, "target")} GROUP BY t.slug, t.name ORDER BY t.name`,
    db.$queryRaw<FacetValue[]>`SELECT m.slug, m.name, count(DISTINCT p.id)::int AS count
      FROM "Product" p JOIN "Activity" a ON a."productId" = p.id JOIN "Mechanism" m ON m.id = a."mechanismId"
      WHERE ${productFilterSql(filter, "mechanism")} GROUP BY m.slug, m.name ORDER BY m.name`,
    db.$queryRaw<FacetValue[]>`SELECT c.slug, c.name, count(DISTINCT p.id)::int AS count
      FROM "Product" p JOIN "_CategoryToProduct" pc ON pc."B" = p.id JOIN "Category" c ON c.id = pc."A"
      WHERE ${productFilterSql(filter, "category")} GROUP BY c.slug, c.name ORDER BY c.name`,
  ]);
  return { target, mechanism, category } satisfies Record<FacetKey, FacetValue[]>;
}

export const CATALOG_PAGE_SIZE = 12;

export async function findProducts({ filter, page = 1, pageSize = CATALOG_PAGE_SIZE }: { filter: CatalogFilter; page?: number; pageSize?: number }) {
  const where = productFilterSql(filter);
  const [[{ total }], pageRows, facets] = await Promise.all([
    db.$queryRaw<[{ total: number }]>`SELECT count(*)::int AS total FROM "Product" p WHERE ${where}`,
    // A search lists the best match first; browsing lists by name.
    db.$queryRaw<{ id: number }[]>`SELECT p.id FROM "Product" p WHERE ${where}
      ORDER BY ${filter.q ? Prisma.sql`${searchRankSql(searchTerms(filter.q))} DESC,` : Prisma.empty} lower(p.name), p."catalogNumber"
      LIMIT ${pageSize} OFFSET ${(page - 1) * pageSize}`,
    countFacets(filter),
  ]);
  const ids = pageRows.map((row) => row.id);
  const rows = await db.product.findMany({ where: { id: { in: ids } }, select: { id: true, ...summarySelect } });
  const byId = new Map(rows.map((row) => [row.id, row]));
  const products = ids.map((id) => byId.get(id)!);
  return { total, products, facets, page, pageCount: Math.max(1, Math.ceil(total / pageSize)) };
}

export async function listProductsForSitemap() {
  return db.product.findMany({ select: { catalogNumber: true, updatedAt: true }, orderBy: { catalogNumber: "asc" } });
}

/** The stored 2D structure drawing, rendered by RDKit when the product was written. */
export async function getStructureSvg({ catalogNumber }: { catalogNumber: string }) {
  return db.product.findUnique({
    where: { catalogNumber: normalizeCatalogNumber(catalogNumber) },
    select: { structureSvg: true, updatedAt: true },
  });
}

/** Products by catalog number (any case), for resolving what an inquiry names. */
export async function getProductsByCatalogNumbers({ catalogNumbers }: { catalogNumbers: string[] }) {
  const wanted = [...new Set(catalogNumbers.map(normalizeCatalogNumber))];
  if (!wanted.length) return [];
  return db.product.findMany({
    where: { catalogNumber: { in: wanted } },
    select: { id: true, catalogNumber: true, name: true, packSizes: { select: { amount: true, unit: true }, orderBy: { position: "asc" } } },
  });
}
export type ProductOption = Awaited<ReturnType<typeof getProductsByCatalogNumbers>>[number];

/** Catalog numbers and names offered as suggestions in inquiry forms. */
export async function listProductOptions({ limit = 500 }: { limit?: number } = {}) {
  return db.product.findMany({
    select: { id: true, catalogNumber: true, name: true, packSizes: { select: { amount: true, unit: true }, orderBy: { position: "asc" } } },
    orderBy: { name: "asc" },
    take: limit,
  });
}

export type ProductSuggestion = { catalogNumber: string; name: string; casNumber: string | null; formula: string };

/** The few best products for what has been typed so far (the header's suggestions). */
export async function suggestProducts({ q, limit = 8 }: { q: string; limit?: number }) {
  const terms = searchTerms(q);
  if (!terms.raw) return [];
  return db.$queryRaw<ProductSuggestion[]>`
    SELECT p."catalogNumber", p.name, p."casNumber", p.formula FROM "Product" p
     WHERE ${searchMatchSql(terms)}
     ORDER BY ${searchRankSql(terms)} DESC, lower(p.name)
     LIMIT ${limit}`;
}
