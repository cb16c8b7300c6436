import "server-only";
import { cache } from "react";
import { cachedWithTags, cacheTags } from "@/lib/cache-tags";
import { lotSelect } from "@/lib/catalog/lots";
import { rdkitPool } from "@/lib/catalog/rdkit-pool";
import { findSimilarProducts } from "@/lib/catalog/structure-search";
import {
  namePrefixSql,
  namesProductSql,
  searchMatchSql,
  searchRankSql,
  searchTerms,
  type SearchStage,
  type SearchTerms,
} from "@/lib/catalog/search";
import { db } from "@/lib/db";
import { catalogNumberField } from "@/lib/core/catalog-identifiers";
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
  cachedWithTags(["product", catalogNumber], [cacheTags.product(catalogNumber), cacheTags.allProducts], () => loadProduct(catalogNumber)),
);

const loadProduct = (catalogNumber: string) =>
  db.product.findUnique({
    where: { catalogNumber },
    // Search and fingerprint columns are for queries, not for the page (two 2048-character bit strings).
    omit: { patternFp: true, morganFp: true, searchNames: true },
    include: {
      compound: {
        include: {
          products: {
            select: { catalogNumber: true, name: true, saltForm: true, molecularWeight: true, discontinuedOn: true },
            orderBy: { name: "asc" },
          },
        },
      },
      casReference: true,
      packSizes: { orderBy: { position: "asc" }, include: { prices: { select: { currency: true, amountMinor: true } } } },
      activities: { include: { target: true, mechanism: true, reference: true }, orderBy: { position: "asc" } },
      references: { include: { reference: true }, orderBy: { position: "asc" } },
      categories: { orderBy: { name: "asc" } },
      solubilities: { include: { reference: true }, orderBy: [{ position: "asc" }, { id: "asc" }] },
      // All of them, few per product: which is current depends on the day the page is rendered (currentLot).
      lots: { select: lotSelect, orderBy: [{ manufacturedOn: "desc" }, { id: "desc" }] },
      controls: { include: { reference: true }, orderBy: { position: "asc" } },
      replacement: { select: { catalogNumber: true, name: true, discontinuedOn: true } },
      // Which safety data sheets there are, not their bytes (the download route reads those).
      sds: { select: { language: true, size: true, uploadedAt: true } },
    },
  });
export type ProductDetail = NonNullable<Awaited<ReturnType<typeof getProduct>>>;

/**
 * Up to six catalog products with Tanimoto ≥ 0.5 to this one (structure-search.ts), from Next's data
 * cache under the product's tags, as the page's other data: the page stays a cached page. A change to
 * another product's structure reaches this list with the cache's background refresh (5 min) or a bulk
 * import (allProducts), not at once: expiring every product page on each edit would cost more.
 */
export async function getSimilarProducts({ catalogNumber }: { catalogNumber: string }) {
  const normalized = normalizeCatalogNumber(catalogNumber);
  return cachedWithTags(["similar", normalized], [cacheTags.product(normalized), cacheTags.allProducts], () =>
    findSimilarProducts({ catalogNumber: normalized }),
  );
}

const summarySelect = {
  catalogNumber: true,
  name: true,
  saltForm: true,
  formula: true,
  molecularWeight: true,
  casNumber: true,
  availability: true,
  discontinuedOn: true,
  activities: {
    select: { target: { select: { name: true } }, mechanism: { select: { name: true } } },
    orderBy: { position: "asc" },
  },
  controls: { select: { jurisdiction: true, schedule: true }, orderBy: { position: "asc" } },
} satisfies Prisma.ProductSelect;
export type ProductSummary = Prisma.ProductGetPayload<{ select: typeof summarySelect }>;

/**
 * The listed products' summaries (summarySelect's shape) in one statement, relations as JSON: every
 * search results page reads them, and Prisma's findMany took a compiled query per relation (12 ms p50
 * at 1M products against ~3 for this, bench/README.md).
 */
async function getProductSummaries(ids: number[]): Promise<(ProductSummary & { id: number })[]> {
  if (!ids.length) return [];
  return db.$queryRaw`
    SELECT p.id, p."catalogNumber", p.name, p."saltForm", p.formula, p."molecularWeight", p."casNumber", p.availability, p."discontinuedOn",
      COALESCE((SELECT json_agg(json_build_object('target', json_build_object('name', t.name), 'mechanism', json_build_object('name', m.name))
                                ORDER BY a.position, a.id)
                  FROM "Activity" a JOIN "Target" t ON t.id = a."targetId" JOIN "Mechanism" m ON m.id = a."mechanismId"
                 WHERE a."productId" = p.id), '[]') AS activities,
      COALESCE((SELECT json_agg(json_build_object('jurisdiction', c.jurisdiction, 'schedule', c.schedule) ORDER BY c.position, c.id)
                  FROM "ProductControl" c WHERE c."productId" = p.id), '[]') AS controls
    FROM "Product" p WHERE p.id = ANY(${ids}::int[])`;
}

/** For the home page, a cached page: refreshed with any catalog edit. */
export async function getFeaturedProducts({ limit = 6 }: { limit?: number } = {}) {
  return cachedWithTags(["featured", String(limit)], [cacheTags.catalog, cacheTags.allProducts], () =>
    db.product.findMany({
      where: { featured: true, discontinuedOn: null },
      select: summarySelect,
      orderBy: { name: "asc" },
      take: limit,
    }),
  );
}

export type CatalogFilter = { q?: string; target?: string; mechanism?: string; category?: string };
export type FacetKey = "target" | "mechanism" | "category";
export type FacetValue = { slug: string; name: string; count: number };
const FACET_KEYS: FacetKey[] = ["target", "mechanism", "category"];

type Search = { terms: SearchTerms; stage: SearchStage };

/** The filter's facet values as row ids; null for a value that does not exist (it matches nothing). */
type FilterIds = Partial<Record<FacetKey, number | null>>;

async function filterIds(filter: CatalogFilter): Promise<FilterIds> {
  if (!FACET_KEYS.some((key) => filter[key])) return {};
  const [ids] = await db.$queryRaw<[Record<FacetKey, number | null>]>`SELECT
      (SELECT id FROM "Target" WHERE slug = ${filter.target ?? null}) AS target,
      (SELECT id FROM "Mechanism" WHERE slug = ${filter.mechanism ?? null}) AS mechanism,
      (SELECT id FROM "Category" WHERE slug = ${filter.category ?? null}) AS category`;
  return Object.fromEntries(FACET_KEYS.filter((key) => filter[key]).map((key) => [key, ids[key]]));
}

/** Each facet's column of value ids in "ProductSearch" (kept by triggers, prisma/migrations/*_product_search_facets), and its values' table. */
const SEARCH_FACET_IDS: Record<FacetKey, Prisma.Sql> = {
  target: Prisma.raw('"targetIds"'),
  mechanism: Prisma.raw('"mechanismIds"'),
  category: Prisma.raw('"categoryIds"'),
};
const FACET_VALUES: Record<FacetKey, Prisma.Sql> = {
  target: Prisma.raw('"Target"'),
  mechanism: Prisma.raw('"Mechanism"'),
  category: Prisma.raw('"Category"'),
};

// The facet filters as SQL over the products p. Facet counts pass `except`: each facet is counted under
// the *other* filters, so choosing a target still shows how many products every other target has.
// Ids, not slugs: PostgreSQL then knows how common the value is, and pages a common category through
// the name index instead of sorting its 300,000 products (2.2 s at 1M products). Browsing filters
// "Product" through the link tables (`linkedTo`); a search filters its "ProductSearch" rows by their
// facet arrays (`searchRowHas`), which the match scan has already read.
type FacetCondition = (key: FacetKey, id: number) => Prisma.Sql;
const linkedTo: FacetCondition = (key, id) =>
  key === "category"
    ? Prisma.sql`EXISTS (SELECT 1 FROM "_CategoryToProduct" fc WHERE fc."B" = p.id AND fc."A" = ${id})`
    : Prisma.sql`EXISTS (SELECT 1 FROM "Activity" fa WHERE fa."productId" = p.id AND fa.${Prisma.raw(key === "target" ? '"targetId"' : '"mechanismId"')} = ${id})`;
const searchRowHas: FacetCondition = (key, id) => Prisma.sql`${id}::int = ANY (p.${SEARCH_FACET_IDS[key]})`;

function facetFilterSql(ids: FilterIds, except?: FacetKey, condition: FacetCondition = linkedTo): Prisma.Sql {
  const conditions: Prisma.Sql[] = [Prisma.sql`TRUE`];
  for (const key of FACET_KEYS) {
    const id = ids[key];
    if (id === undefined || key === except) continue;
    conditions.push(id === null ? Prisma.sql`FALSE` : condition(key, id));
  }
  return Prisma.join(conditions, " AND ");
}

/** The narrowest search stage that matches any product (the widest when none does). */
export async function searchStageFor(terms: SearchTerms): Promise<SearchStage> {
  for (const stage of terms.stages.slice(0, -1)) {
    const [{ found }] = await db.$queryRaw<
      [{ found: boolean }]
    >`SELECT EXISTS (SELECT 1 FROM "ProductSearch" p WHERE ${searchMatchSql(terms, stage)}) AS found`;
    if (found) return stage;
  }
  return terms.stages.at(-1)!;
}

/** Each facet's values, joined to the link table that ties them to products, and that table's product column. */
const FACET_LINKS: Record<FacetKey, { links: Prisma.Sql; product: Prisma.Sql }> = {
  target: { links: Prisma.sql`"Activity" l JOIN "Target" v ON v.id = l."targetId"`, product: Prisma.sql`l."productId"` },
  mechanism: { links: Prisma.sql`"Activity" l JOIN "Mechanism" v ON v.id = l."mechanismId"`, product: Prisma.sql`l."productId"` },
  category: { links: Prisma.sql`"_CategoryToProduct" l JOIN "Category" v ON v.id = l."A"`, product: Prisma.sql`l."B"` },
};

export const CATALOG_PAGE_SIZE = 12;

// A search considers at most this many matches (exact identifiers always among them): its count, facet
// counts and ranking cover those. On a million products a broad query ("ketamine" against 70,000
// analogues found by trigram similarity) would otherwise read and rank every match, which takes seconds.
export const SEARCH_MATCH_LIMIT = 2000;

/**
 * A search's listing in one statement: the matches (at most SEARCH_MATCH_LIMIT + 1, the extra one says
 * "more") are found and ranked once in a materialized CTE, then counted, sorted for the page, and
 * counted per facet (a facet that is itself filtered on is counted from its own capped match set, so
 * its other values keep their counts).
 */
export function catalogListingSql(filter: FilterIds, search: Search, { page, pageSize }: { page: number; pageSize: number }) {
  const { terms, stage } = search;
  // The stage's matches and, whatever the stage found, the names that start with the query: as many
  // as the pages up to this one show, so the name being typed is ranked even when the cap or the
  // stage left it out.
  const matchesOf = (select: Prisma.Sql, conditions: Prisma.Sql) =>
    Prisma.sql`(SELECT ${select} FROM "ProductSearch" p WHERE ${searchMatchSql(terms, stage)} AND ${conditions} LIMIT ${SEARCH_MATCH_LIMIT + 1})
      UNION ${namePrefixSql(terms, select, page * pageSize, conditions)}`;
  const filtered = (except?: FacetKey) => facetFilterSql(filter, except, searchRowHas);
  // Ranked while the scan has the row at hand: ranking 2,000 matches of a common word by id afterwards
  // read every one of them a second time (half of the results page's time, bench/README.md). The
  // facet arrays come along for the same reason (searchFacetCountsSql).
  const ranked = Prisma.sql`p.id, ${searchRankSql(terms, stage)} AS rank, p."sortName" AS name, p."catalogNumber", p."discontinuedOn" IS NOT NULL AS gone,
    p."targetIds", p."mechanismIds", p."categoryIds"`;
  const facet = (key: FacetKey) =>
    searchFacetCountsSql(
      key,
      filter[key] === undefined ? Prisma.sql`m` : Prisma.sql`(${matchesOf(Prisma.sql`p.id, p.${SEARCH_FACET_IDS[key]}`, filtered(key))})`,
    );
  return Prisma.sql`
    WITH m AS MATERIALIZED (${matchesOf(ranked, filtered())}),
    s AS (SELECT * FROM m
          UNION ALL
          -- An exact catalog or CAS number the cap left out still leads the page.
          SELECT ${ranked} FROM "ProductSearch" p WHERE (p."catalogNumber" = ${terms.upper} OR p."casNumber" = ${terms.raw}) AND ${filtered()}
                                              AND p.id NOT IN (SELECT id FROM m)
          ORDER BY rank DESC, gone, name, "catalogNumber" LIMIT ${pageSize} OFFSET ${(page - 1) * pageSize})
    SELECT (SELECT count(*)::int FROM m) AS total,
           (SELECT coalesce(json_agg(s.id ORDER BY s.rank DESC, s.gone, s.name, s."catalogNumber"), '[]') FROM s) AS ids,
           (SELECT coalesce(bool_or(${namesProductSql(terms)}), false) FROM "ProductSearch" p WHERE p.id IN (SELECT id FROM s)) AS "namesProduct",
           ${facet("target")} AS target, ${facet("mechanism")} AS mechanism, ${facet("category")} AS category`;
}

/** A facet's values (slug, name, count rows) as the JSON array FacetValue[], in name order. */
const facetJsonSql = (values: Prisma.Sql) => Prisma.sql`(SELECT coalesce(json_agg(f ORDER BY f.name), '[]') FROM (${values}) f)`;

/** One facet's values with their product counts over search matches `rows` (each product once, with its facet's id array). */
function searchFacetCountsSql(key: FacetKey, rows: Prisma.Sql) {
  return facetJsonSql(Prisma.sql`
      SELECT v.slug, v.name, count(*)::int AS count FROM ${rows} r CROSS JOIN LATERAL unnest(r.${SEARCH_FACET_IDS[key]}) u(id)
        JOIN ${FACET_VALUES[key]} v ON v.id = u.id
       GROUP BY v.slug, v.name`);
}

/** Browsing: one facet's values with their product counts, over the links that `where` keeps. */
function facetCountsSql(key: FacetKey, where: Prisma.Sql) {
  const { links, product } = FACET_LINKS[key];
  return facetJsonSql(Prisma.sql`
      SELECT v.slug, v.name, count(DISTINCT ${product})::int AS count FROM ${links} WHERE ${where}
       GROUP BY v.slug, v.name`);
}

type Counts = { total: number } & Record<FacetKey, FacetValue[]>;

// Browsing lists the products we sell: a discontinued one is found by searching for it (its number,
// its name), as on Sigma's and Tocris's sites, and keeps its page.
const listedSql = (all: boolean) => (all ? Prisma.sql`TRUE` : Prisma.sql`p."discontinuedOn" IS NULL`);

/** Browsing: how many products the filter keeps, and each facet's counts under the other filters. */
function browseCountsSql(filter: FilterIds, all: boolean) {
  const facet = (key: FacetKey) => {
    const filtered = FACET_KEYS.some((other) => other !== key && filter[other] !== undefined);
    // With no other filter every link counts (but the few discontinued products' links), and looking
    // each product up would double the work.
    return facetCountsSql(
      key,
      filtered
        ? Prisma.sql`${FACET_LINKS[key].product} IN (SELECT p.id FROM "Product" p WHERE ${facetFilterSql(filter, key)} AND ${listedSql(all)})`
        : all
          ? Prisma.sql`TRUE`
          : Prisma.sql`${FACET_LINKS[key].product} NOT IN (SELECT id FROM "Product" WHERE "discontinuedOn" IS NOT NULL)`,
    );
  };
  return Prisma.sql`
    SELECT (SELECT count(*)::int FROM "Product" p WHERE ${facetFilterSql(filter)} AND ${listedSql(all)}) AS total,
           ${facet("target")} AS target, ${facet("mechanism")} AS mechanism, ${facet("category")} AS category`;
}

/**
 * The browsing counts, from Next's data cache: they read every product the filter keeps (seconds at 1M
 * products) and change only with the catalog. Filter values that do not exist (an old link, a made-up
 * URL) are never counted or cached: nothing matches them, and a facet filtered on one keeps the
 * counts it has under the other filters.
 */
async function browseCounts(ids: FilterIds, all: boolean): Promise<Counts> {
  const cached = (known: FilterIds) =>
    cachedWithTags(
      ["catalog-counts", all ? "all" : "listed", ...FACET_KEYS.map((key) => String(known[key] ?? ""))],
      [cacheTags.catalog, cacheTags.allProducts],
      async () => {
        const [counts] = await db.$queryRaw<[Counts]>(browseCountsSql(known, all));
        return counts;
      },
    );
  const unknown = FACET_KEYS.filter((key) => ids[key] === null);
  if (!unknown.length) return cached(ids);
  const none: Counts = { total: 0, target: [], mechanism: [], category: [] };
  if (unknown.length > 1) return none;
  const [key] = unknown as [FacetKey];
  return { ...none, [key]: (await cached({ ...ids, [key]: undefined }))[key] };
}

export async function findProducts({
  filter,
  page = 1,
  pageSize = CATALOG_PAGE_SIZE,
  includeDiscontinued = false,
}: {
  filter: CatalogFilter;
  page?: number;
  pageSize?: number;
  /** Browsing leaves discontinued products out (staff lists keep them); a search always finds them. */
  includeDiscontinued?: boolean;
}) {
  const terms = filter.q ? searchTerms(filter.q) : undefined;
  const [search, facetIds] = await Promise.all([
    terms?.raw ? searchStageFor(terms).then((stage) => ({ terms, stage })) : undefined,
    filterIds(filter),
  ]);
  let listing: Counts & { ids: number[]; namesProduct?: boolean };
  if (search) {
    [listing] = await db.$queryRaw<[Counts & { ids: number[]; namesProduct: boolean }]>(
      catalogListingSql(facetIds, search, { page, pageSize }),
    );
  } else {
    // The page is a range of the ("sortName", "catalogNumber") index, whatever the catalog's size (a
    // filter value that does not exist is a constant FALSE, which PostgreSQL answers without a scan).
    const [counts, pageRows] = await Promise.all([
      browseCounts(facetIds, includeDiscontinued),
      db.$queryRaw<{ id: number }[]>`SELECT p.id FROM "Product" p WHERE ${facetFilterSql(facetIds)} AND ${listedSql(includeDiscontinued)}
        ORDER BY p."sortName", p."catalogNumber" LIMIT ${pageSize} OFFSET ${(page - 1) * pageSize}`,
    ]);
    listing = { ...counts, ids: pageRows.map((row) => row.id) };
  }
  const { ids, target, mechanism, category } = listing;
  // One more match than the limit means "more than SEARCH_MATCH_LIMIT".
  const more = search !== undefined && listing.total > SEARCH_MATCH_LIMIT;
  const total = more ? SEARCH_MATCH_LIMIT : listing.total;
  const rows = await getProductSummaries(ids);
  const byId = new Map(rows.map((row) => [row.id, row]));
  const products = ids.map((id) => byId.get(id)!);
  // namesProduct: the search names a product on this page outright (catalog or CAS number, name, synonym).
  return {
    total,
    more,
    products,
    namesProduct: listing.namesProduct ?? false,
    facets: { target, mechanism, category },
    page,
    pageCount: Math.max(1, Math.ceil(total / pageSize)),
  };
}

/** One sitemap file's products, in catalog-number order. */
export async function listProductsForSitemap({ offset, limit }: { offset: number; limit: number }) {
  return db.product.findMany({
    select: { catalogNumber: true, updatedAt: true },
    orderBy: { catalogNumber: "asc" },
    skip: offset,
    take: limit,
  });
}

export async function countProducts() {
  return db.product.count();
}

/**
 * The product's 2D structure drawing. The seed draws it when it writes a product; an import leaves it
 * empty (drawing is a third of an import's RDKit time), so the first view draws and stores it.
 */
export async function getStructureSvg({ catalogNumber }: { catalogNumber: string }) {
  const row = await db.product.findUnique({
    where: { catalogNumber: normalizeCatalogNumber(catalogNumber) },
    select: { id: true, smiles: true, structureSvg: true, updatedAt: true },
  });
  if (!row || row.structureSvg !== "") return row;
  const structureSvg = await rdkitPool().run("drawStructure", row.smiles);
  if (!structureSvg) return null;
  // Raw SQL so that updatedAt keeps meaning "the product data changed"; the condition keeps a drawing
  // of a newer SMILES, written meanwhile by an edit, from being overwritten.
  await db.$executeRaw`UPDATE "Product" SET "structureSvg" = ${structureSvg} WHERE "id" = ${row.id} AND "smiles" = ${row.smiles} AND "structureSvg" = ''`;
  return { ...row, structureSvg };
}

/** Products by catalog number (any case), for resolving what an inquiry names. */
export async function getProductsByCatalogNumbers({ catalogNumbers }: { catalogNumbers: string[] }): Promise<ProductOption[]> {
  const wanted = [...new Set(catalogNumbers.map(normalizeCatalogNumber))];
  if (!wanted.length) return [];
  // One statement with its relations as JSON: every quote submission runs it, and Prisma's findMany
  // would take a query per relation, each compiled.
  const rows = await db.$queryRaw<(Omit<ProductOption, "replacement"> & { replacement: RawReplacement | null })[]>`
    SELECT p.id, p."catalogNumber", p.name, p."discontinuedOn",
      COALESCE((SELECT json_agg(json_build_object('amount', s.amount, 'unit', s.unit) ORDER BY s.position, s.id)
                  FROM "PackSize" s WHERE s."productId" = p.id), '[]') AS "packSizes",
      (SELECT json_build_object('catalogNumber', r."catalogNumber", 'name', r.name, 'discontinuedOn', r."discontinuedOn")
         FROM "Product" r WHERE r.id = p."replacementId") AS replacement,
      COALESCE((SELECT json_agg(json_build_object('jurisdiction', c.jurisdiction, 'schedule', c.schedule) ORDER BY c.position, c.id)
                  FROM "ProductControl" c WHERE c."productId" = p.id), '[]') AS controls
    FROM "Product" p WHERE p."catalogNumber" = ANY(${wanted}::text[])`;
  return rows.map(({ replacement, ...row }) => ({
    ...row,
    replacement: replacement && {
      ...replacement,
      discontinuedOn: replacement.discontinuedOn ? new Date(replacement.discontinuedOn) : null,
    },
  }));
}
type RawReplacement = { catalogNumber: string; name: string; discontinuedOn: string | null };
/** A product as the inquiry forms name it: its pack sizes, whether it is still sold, and its controls. */
export type ProductOption = {
  id: number;
  catalogNumber: string;
  name: string;
  packSizes: { amount: number; unit: string }[];
  discontinuedOn: Date | null;
  replacement: { catalogNumber: string; name: string; discontinuedOn: Date | null } | null;
  controls: { jurisdiction: string; schedule: string }[];
};

/** Catalog numbers and names offered as suggestions in inquiry forms: products we still sell. */
export async function listProductOptions({ limit = 500 }: { limit?: number } = {}) {
  return db.product.findMany({
    where: { discontinuedOn: null },
    select: {
      id: true,
      catalogNumber: true,
      name: true,
      packSizes: { select: { amount: true, unit: true }, orderBy: { position: "asc" } },
    },
    orderBy: { name: "asc" },
    take: limit,
  });
}

export type ProductSuggestion = { catalogNumber: string; name: string; casNumber: string | null; formula: string };

/** The few best products for what has been typed so far (the header's suggestions). */
const SUGGESTION_CANDIDATES = 1000;

/**
 * The suggestion query of one stage. Only the first SUGGESTION_CANDIDATES matches are ranked, exact
 * identifiers and the first names that start with the query always among them: a two-letter code
 * prefix can match a tenth of a large catalog, and ranking reads each match's tsvector and synonyms.
 * "stageMatched" says whether the stage itself matched (not only names starting with the query).
 */
export function suggestionSql(terms: SearchTerms, stage: SearchStage, limit: number) {
  // Ranked as they are found, not looked up again by id (as the results page does); DISTINCT ON drops
  // a product's second copy (an exact identifier, or a name prefix the stage matched too).
  const ranked = Prisma.sql`p."catalogNumber", p.name, p."casNumber", p.formula, ${searchRankSql(terms, stage)} AS rank, p."sortName"`;
  return Prisma.sql`
    SELECT c."catalogNumber", c.name, c."casNumber", c.formula, c."stageMatched" FROM (
      SELECT DISTINCT ON (u."catalogNumber") u.*, bool_or(u.matched) OVER () AS "stageMatched" FROM (
        SELECT ${ranked}, TRUE AS matched FROM "ProductSearch" p WHERE p."catalogNumber" = ${terms.upper} OR p."casNumber" = ${terms.raw}
        UNION ALL
        (SELECT ${ranked}, TRUE AS matched FROM "ProductSearch" p WHERE ${searchMatchSql(terms, stage)} LIMIT ${SUGGESTION_CANDIDATES})
        UNION ALL
        ${namePrefixSql(terms, Prisma.sql`${ranked}, FALSE AS matched`, limit)}) u
      ORDER BY u."catalogNumber", u.matched DESC) c
     ORDER BY c.rank DESC, c."sortName"
     LIMIT ${limit}`;
}

// Letters then digits, as catalog numbers are written ("S5766", "B81059").
const CATALOG_NUMBER_PREFIX = /^[A-Z]{1,3}\d{2,}$/;

/**
 * The first products by catalog number that start with `prefix` (the exact number, if any, first):
 * an index-only scan of the prefix index that stops after `limit` rows.
 */
function catalogNumberPrefixSql(prefix: string, limit: number) {
  return Prisma.sql`
    SELECT p."catalogNumber", p.name, p."casNumber", p.formula FROM "Product" p
     WHERE p.id IN (SELECT id FROM "Product" WHERE "catalogNumber" LIKE ${`${prefix}%`} ORDER BY "catalogNumber" USING ~<~ LIMIT ${limit})
     ORDER BY p."catalogNumber" USING ~<~`;
}

export async function suggestProducts({ q, limit = 8 }: { q: string; limit?: number }) {
  const terms = searchTerms(q);
  if (!terms.raw) return [];
  // A catalog-number prefix can match hundreds of products on a large catalog, and ranking them reads
  // every one (~10 ms at 1M products when they are not in PostgreSQL's buffers). Identifiers outrank
  // any text match, so when the prefix alone fills the list, the list is those numbers, in order.
  if (CATALOG_NUMBER_PREFIX.test(terms.upper)) {
    const rows = await db.$queryRaw<ProductSuggestion[]>(catalogNumberPrefixSql(terms.upper, limit));
    if (rows.length === limit) return rows;
  }
  // A stage that matched only names starting with the query widens to the next, as the results page's
  // stage does (searchStageFor): "memant" still lists products with a word starting with "memant".
  let rows: (ProductSuggestion & { stageMatched: boolean })[] = [];
  for (const stage of terms.stages) {
    rows = await db.$queryRaw<(ProductSuggestion & { stageMatched: boolean })[]>(suggestionSql(terms, stage, limit));
    if (rows[0]?.stageMatched) break;
  }
  return rows.map((row): ProductSuggestion => ({
    catalogNumber: row.catalogNumber,
    name: row.name,
    casNumber: row.casNumber,
    formula: row.formula,
  }));
}
