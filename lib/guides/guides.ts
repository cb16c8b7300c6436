import "server-only";
import { cache } from "react";
import { cachedWithTags, cacheTags } from "@/lib/cache-tags";
import { searchTerms } from "@/lib/catalog/search";
import { db } from "@/lib/db";
import { hasInvisible } from "@/lib/core/plain-text";
import type { GuideKind } from "@/lib/generated/prisma/enums";

export const guideKindLabels: Record<GuideKind, string> = {
  COMPARISON: "Comparison",
  APPLICATION_NOTE: "Application note",
  TROUBLESHOOTING: "Troubleshooting",
  PROTOCOL: "Protocol",
};

export async function getGuide({ slug }: { slug: string }) {
  // No slug has these, and a NUL would fail the query: /guides/%00 is simply not found.
  return hasInvisible(slug) ? null : findGuide(slug);
}

// One query per request for generateMetadata and the page (cache() keys on the string).
// Tagged with the catalog too: the comparison table shows product data.
const findGuide = cache(async (slug: string) =>
  cachedWithTags(["guide", slug], [cacheTags.guide(slug), cacheTags.catalog], () => loadGuide(slug)),
);

const loadGuide = (slug: string) =>
  db.guide.findUnique({
    where: { slug },
    include: {
      references: { include: { reference: true }, orderBy: { position: "asc" } },
      products: {
        orderBy: { position: "asc" },
        include: {
          product: {
            select: {
              catalogNumber: true,
              name: true,
              saltForm: true,
              formula: true,
              molecularWeight: true,
              activities: { include: { target: true, mechanism: true, reference: true }, orderBy: { position: "asc" } },
            },
          },
        },
      },
    },
  });
export type GuideDetail = NonNullable<Awaited<ReturnType<typeof getGuide>>>;

// The listings (home page, /guides) are cached pages: tagged with the guides (any guide saved) and the
// catalog (they show the compounds' names).
const listingTags = [cacheTags.guides, cacheTags.catalog];

export async function listGuides({ kind }: { kind?: GuideKind } = {}) {
  return cachedWithTags(["guides", kind ?? "all"], listingTags, () =>
    db.guide.findMany({
      where: kind ? { kind } : {},
      orderBy: [{ publishedAt: "desc" }, { title: "asc" }],
      select: {
        slug: true,
        title: true,
        summary: true,
        kind: true,
        author: true,
        publishedAt: true,
        revisedAt: true,
        products: { orderBy: { position: "asc" }, select: { product: { select: { catalogNumber: true, name: true } } } },
      },
    }),
  );
}

export async function countGuidesByKind() {
  return cachedWithTags(["guide-counts"], listingTags, async () => {
    const rows = await db.guide.groupBy({ by: ["kind"], _count: { _all: true } });
    return Object.fromEntries(rows.map((r) => [r.kind, r._count._all])) as Partial<Record<GuideKind, number>>;
  });
}

/** The guides that cover any of these products (their pages show the products' data). */
export async function listGuideSlugsForProducts({ catalogNumbers }: { catalogNumbers: string[] }) {
  if (!catalogNumbers.length) return [];
  const rows = await db.guide.findMany({
    where: { products: { some: { product: { catalogNumber: { in: catalogNumbers } } } } },
    select: { slug: true },
  });
  return rows.map((row) => row.slug);
}

/** Guides that cover a product, for its page. */
export async function getGuidesForProduct({ catalogNumber }: { catalogNumber: string }) {
  return db.guide.findMany({
    where: { products: { some: { product: { catalogNumber } } } },
    orderBy: { publishedAt: "desc" },
    select: { slug: true, title: true, kind: true, summary: true },
  });
}

export async function listGuidesForSitemap() {
  return db.guide.findMany({ select: { slug: true, updatedAt: true }, orderBy: { slug: "asc" } });
}

/** Guides matching every word of `q` (as prefixes) in title, summary or body, best first. */
export async function searchGuides({ q, limit = 5 }: { q: string; limit?: number }) {
  const { prefixQuery } = searchTerms(q);
  if (!prefixQuery) return [];
  return db.$queryRaw<{ slug: string; title: string; summary: string; kind: GuideKind }[]>`
    SELECT g.slug, g.title, g.summary, g.kind FROM "Guide" g
     WHERE g."searchVector" @@ to_tsquery('english', ${prefixQuery})
     ORDER BY ts_rank(g."searchVector", to_tsquery('english', ${prefixQuery})) DESC, g."publishedAt" DESC
     LIMIT ${limit}`;
}
