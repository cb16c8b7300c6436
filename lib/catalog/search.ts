// What a catalog search matches and how it ranks, as SQL over "Product" p, shared by the /search and
// /products listings (with their facets) and the header's suggestions.
//
// Ranked in tiers, so identifiers always beat text: exact catalog number, exact CAS number, InChIKey
// (the whole key, or its first block for every stereo form), catalog number prefix, exact name or
// synonym, then names and synonyms by full-text match and by trigram word similarity (typos:
// "ketamne"; pg_trgm's default word_similarity_threshold, 0.6, via the indexable <% operator), then
// description text. Every condition can use an index: the catalog number, CAS and InChIKey b-trees,
// GIN trigram on "searchNames" (name + synonyms, lower-case), and the GIN
// index on the weighted "searchVector".
//
// Text matching widens in stages, and a stage runs only when the narrower ones matched nothing:
// the words as typed, then the last word as a prefix (still being typed), then typos. On a million
// products a prefix of a common word ('hcl':*) or a trigram scan of a short code costs hundreds of
// milliseconds, and neither is needed when the words already match ("RD-268306 HCl").
import { Prisma } from "@/lib/generated/prisma/client";
import { truncate, withoutControls } from "@/lib/core/plain-text";

export type SearchStage = "words" | "prefix" | "typos";

export type SearchTerms = {
  raw: string;
  upper: string;
  lower: string;
  /** Every word as a whole word ("memantine & hydro"). */
  wordsQuery: string | null;
  /** The last word as a prefix ("memantine & hydro:*"), when it is long enough to be one. */
  prefixQuery: string | null;
  /** Whether typo matching applies at all. */
  typos: boolean;
  /** The stages to try, narrowest first. */
  stages: SearchStage[];
  /** An InChIKey in the query: the whole key (one compound), or its first block (every stereo form of one skeleton). */
  inchiKey: { exact: string } | { firstBlock: string } | null;
};

const INCHIKEY = /^[A-Z]{14}-[A-Z]{8}[SN][A-Z]-[A-Z]$/;
const INCHIKEY_FIRST_BLOCK = /^[A-Z]{14}$/;

/**
 * The InChIKey a query is, if it is one: 27 characters (XXXXXXXXXXXXXX-YYYYYYYYFV-P) match exactly; the
 * first 14-letter block alone matches every key that starts with it, i.e. every stereoisomer and
 * isotopic form of that connectivity. Any letter case is accepted, as keys are pasted from anywhere.
 */
export function parseInchiKeyQuery(q: string): SearchTerms["inchiKey"] {
  const upper = q.trim().toUpperCase();
  if (INCHIKEY.test(upper)) return { exact: upper };
  if (INCHIKEY_FIRST_BLOCK.test(upper)) return { firstBlock: upper };
  return null;
}

const IDENTIFIER = /^[a-z]{1,3}\d{3,}$|^\d{2,7}-\d{2}-\d$|^[a-z]{14}-[a-z]{10}-[a-z]$/i;

/** The query's forms: as typed (CAS), upper-case (catalog numbers), lower-case, and its tsqueries. */
export function searchTerms(q: string): SearchTerms {
  const raw = truncate(withoutControls(q).trim(), 200);
  const words = raw
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .slice(0, 8);
  const last = words.length - 1;
  const wordsQuery = words.length ? words.join(" & ") : null;
  // Only the last word is still being typed, so only it is a prefix ("ly30:*"); a one- or two-letter
  // prefix would expand to much of the index (measured: '5':* costs ~15 ms at 100k products).
  const prefixQuery = words.length && words[last]!.length > 2 ? words.map((w, i) => (i === last ? `${w}:*` : w)).join(" & ") : wordsQuery;
  // Trigram typo matching costs ~20 µs a row (bench/README.md): only for word-like queries of a
  // sensible length, never for catalog or CAS numbers, which must match exactly or by prefix.
  const typos = raw.length <= 32 && !IDENTIFIER.test(raw) && /[\p{L}\p{N}]{4,}/u.test(raw);
  const stages: SearchStage[] = ["words"];
  if (prefixQuery !== wordsQuery) stages.push("prefix");
  if (typos) stages.push("typos");
  return {
    raw,
    upper: raw.toUpperCase(),
    lower: raw.toLowerCase(),
    wordsQuery,
    prefixQuery,
    typos,
    stages,
    inchiKey: parseInchiKeyQuery(raw),
  };
}

const likePrefix = (text: string) => `${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

// A first block is followed by "-" in every key: the prefix "XXXXXXXXXXXXXX-" is a range of the
// text_pattern_ops index on "inchiKey" (prisma/migrations/*_inchikey_prefix_index).
const inchiKeySql = (t: SearchTerms) =>
  !t.inchiKey
    ? Prisma.sql`FALSE`
    : "exact" in t.inchiKey
      ? Prisma.sql`p."inchiKey" = ${t.inchiKey.exact}`
      : Prisma.sql`p."inchiKey" LIKE ${`${t.inchiKey.firstBlock}-%`}`;
const orInchiKey = (t: SearchTerms) => (t.inchiKey ? Prisma.sql`OR ${inchiKeySql(t)}` : Prisma.empty);

// Names and synonyms are indexed as written ('simple'), descriptions stemmed ('english'): the query
// is run through both so "antidepressants" finds a description saying "antidepressant".
const tsQuery = (query: string) => Prisma.sql`(to_tsquery('simple', ${query}) || to_tsquery('english', ${query}))`;

/** The tsquery a stage matches text with: the words as typed, or with the last as a prefix. */
const stageQuery = (t: SearchTerms, stage: SearchStage) => (stage === "words" ? t.wordsQuery : t.prefixQuery);

export function searchMatchSql(t: SearchTerms, stage: SearchStage): Prisma.Sql {
  const query = stageQuery(t, stage);
  const text = query ? Prisma.sql`OR p."searchVector" @@ ${tsQuery(query)}` : Prisma.empty;
  return Prisma.sql`(p."catalogNumber" = ${t.upper}
    OR p."casNumber" = ${t.raw}
    OR p."catalogNumber" LIKE ${likePrefix(t.upper)}
    ${orInchiKey(t)}
    ${text}
    ${stage === "typos" ? Prisma.sql`OR ${t.lower} <% p."searchNames"` : Prisma.empty})`;
}

const exactName = (t: SearchTerms) =>
  Prisma.sql`(lower(p.name) = ${t.lower} OR ${t.lower} = ANY (SELECT lower(s) FROM unnest(p.synonyms) s))`;

/**
 * Whether the query names product p outright: its catalog number (or the start of one), its CAS
 * number, its name or a synonym. A search that does is looking for that product, so the results
 * page lists products before guides.
 */
export function namesProductSql(t: SearchTerms): Prisma.Sql {
  return Prisma.sql`(p."catalogNumber" = ${t.upper} OR p."casNumber" = ${t.raw} OR p."catalogNumber" LIKE ${likePrefix(t.upper)} ${orInchiKey(t)} OR ${exactName(t)})`;
}

export function searchRankSql(t: SearchTerms, stage: SearchStage): Prisma.Sql {
  const query = stageQuery(t, stage);
  const textRank = query ? Prisma.sql`ts_rank(p."searchVector", ${tsQuery(query)})` : Prisma.sql`0`;
  return Prisma.sql`(CASE
      WHEN p."catalogNumber" = ${t.upper} THEN 1000
      WHEN p."casNumber" = ${t.raw} THEN 900
      WHEN ${inchiKeySql(t)} THEN 850
      WHEN p."catalogNumber" LIKE ${likePrefix(t.upper)} THEN 800
      WHEN ${exactName(t)} THEN 700
      WHEN lower(p.name) LIKE ${likePrefix(t.lower)} THEN 600
      ELSE 0 END
    + 100 * ${textRank}
    ${
      stage === "typos"
        ? // The product's own name counts over its synonyms: "ketamne" is ketamine before (S)-ketamine.
          Prisma.sql`+ 100 * word_similarity(${t.lower}, p."searchNames") + 50 * word_similarity(${t.lower}, lower(p.name))`
        : Prisma.empty
    })`;
}
