// What a catalog search matches and how it ranks, as SQL over "Product" p, shared by the /search and
// /products listings (with their facets) and the header's suggestions.
//
// Ranked in tiers, so identifiers always beat text: exact catalog number, exact CAS number, catalog
// number prefix, exact name or synonym, then names and synonyms by full-text prefix match and by
// trigram word similarity (typos: "ketamne"; pg_trgm's default word_similarity_threshold, 0.6, via
// the indexable <% operator), then description text. Every condition can use an
// index: the unique catalog number and CAS b-trees, GIN trigram indexes on the catalog number and on
// "searchNames" (name + synonyms, lower-case), and the GIN index on the weighted "searchVector".
import { Prisma } from "@/lib/generated/prisma/client";

export type SearchTerms = { raw: string; upper: string; lower: string; prefixQuery: string | null };

/** The query's forms: as typed (CAS), upper-case (catalog numbers), lower-case, and a prefix tsquery. */
export function searchTerms(q: string): SearchTerms {
  const raw = q.trim().slice(0, 200);
  const words = raw.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean).slice(0, 8);
  // Each word as a prefix ("ly30:*"): matches while the user is still typing.
  return { raw, upper: raw.toUpperCase(), lower: raw.toLowerCase(), prefixQuery: words.length ? words.map((w) => `${w}:*`).join(" & ") : null };
}

const likePrefix = (text: string) => `${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

// Names and synonyms are indexed as written ('simple'), descriptions stemmed ('english'): the query
// is run through both so "antidepressants" finds a description saying "antidepressant".
const tsQuery = (prefixQuery: string) => Prisma.sql`(to_tsquery('simple', ${prefixQuery}) || to_tsquery('english', ${prefixQuery}))`;

export function searchMatchSql(t: SearchTerms): Prisma.Sql {
  const text = t.prefixQuery ? Prisma.sql`OR p."searchVector" @@ ${tsQuery(t.prefixQuery)}` : Prisma.empty;
  return Prisma.sql`(p."catalogNumber" = ${t.upper}
    OR p."casNumber" = ${t.raw}
    OR p."catalogNumber" LIKE ${likePrefix(t.upper)}
    ${text}
    OR (length(${t.lower}) >= 4 AND ${t.lower} <% p."searchNames"))`;
}

export function searchRankSql(t: SearchTerms): Prisma.Sql {
  const textRank = t.prefixQuery ? Prisma.sql`ts_rank(p."searchVector", ${tsQuery(t.prefixQuery)})` : Prisma.sql`0`;
  return Prisma.sql`(CASE
      WHEN p."catalogNumber" = ${t.upper} THEN 1000
      WHEN p."casNumber" = ${t.raw} THEN 900
      WHEN p."catalogNumber" LIKE ${likePrefix(t.upper)} THEN 800
      WHEN lower(p.name) = ${t.lower} OR ${t.lower} = ANY (SELECT lower(s) FROM unnest(p.synonyms) s) THEN 700
      WHEN lower(p.name) LIKE ${likePrefix(t.lower)} THEN 600
      ELSE 0 END
    + 100 * ${textRank}
    + 100 * word_similarity(${t.lower}, p."searchNames")
    -- The product's own name counts over its synonyms: "ketamne" is ketamine before (S)-ketamine.
    + 50 * word_similarity(${t.lower}, lower(p.name)))`;
}
