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
import { truncate, withoutControls } from "@/lib/text/plain-text";

export type SearchTerms = { raw: string; upper: string; lower: string; prefixQuery: string | null; typos: boolean };

const IDENTIFIER = /^[a-z]{1,3}\d{3,}$|^\d{2,7}-\d{2}-\d$/i;

/** The query's forms: as typed (CAS), upper-case (catalog numbers), lower-case, and a prefix tsquery. */
export function searchTerms(q: string): SearchTerms {
  const raw = truncate(withoutControls(q).trim(), 200);
  const words = raw.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean).slice(0, 8);
  // Only the last word is still being typed, so only it is a prefix ("ly30:*"); a one- or two-letter
  // prefix would expand to much of the index (measured: '5':* costs ~15 ms at 100k products).
  const last = words.length - 1;
  const prefixQuery = words.length ? words.map((w, i) => (i === last && w.length > 2 ? `${w}:*` : w)).join(" & ") : null;
  // Trigram typo matching costs ~20 µs a row (bench/README.md): only for word-like queries of a
  // sensible length, never for catalog or CAS numbers, which must match exactly or by prefix.
  const typos = raw.length <= 32 && !IDENTIFIER.test(raw) && /[\p{L}\p{N}]{4,}/u.test(raw);
  return { raw, upper: raw.toUpperCase(), lower: raw.toLowerCase(), prefixQuery, typos };
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
    ${t.typos ? Prisma.sql`OR ${t.lower} <% p."searchNames"` : Prisma.empty})`;
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
    ${
      t.typos
        ? // The product's own name counts over its synonyms: "ketamne" is ketamine before (S)-ketamine.
          Prisma.sql`+ 100 * word_similarity(${t.lower}, p."searchNames") + 50 * word_similarity(${t.lower}, lower(p.name))`
        : Prisma.empty
    })`;
}
