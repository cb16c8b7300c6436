// What a catalog search matches and how it ranks, as SQL over "ProductSearch" p, shared by the /search
// and /products listings (with their facets) and the header's suggestions. "ProductSearch" holds the
// columns of "Product" a search reads, a third of a row's width, kept in step by triggers
// (prisma/migrations/*_product_search_table): a common word scans thousands of matches.
//
// Ranked in tiers, so identifiers always beat text: exact catalog number, exact CAS number, InChIKey
// (the whole key, or its first block for every stereo form), catalog number prefix, exact name or
// synonym, then names and synonyms by full-text match, then typos: a code name one digit off
// ("rd-943156" for RD-343156), then trigram word similarity ("ketamne"; pg_trgm's default
// word_similarity_threshold, 0.6, via the indexable <% operator), then description text. Every condition can use an index: the catalog number, CAS and InChIKey b-trees,
// GIN trigram on "searchNames" (name + synonyms, lower-case), and the GIN
// index on the weighted "searchVector".
//
// Text matching widens in stages, and a stage runs only when the narrower ones matched nothing:
// the words as typed, then the last word as a prefix (still being typed), then the query inside a
// longer name word ("amphetamine" in "N-methylamphetamine"), then typos. On a million products a
// prefix of a common word ('hcl':*) or a trigram scan of a short code costs hundreds of milliseconds,
// and neither is needed when the words already match ("RD-268306 HCl"). The inside-a-word stage comes
// before typos because it is both the better answer and the cheaper one: the trigram index finds the
// rows that hold every trigram of the query and LIKE checks each, where word similarity computes
// trigrams of every candidate's names (~100 µs a row: 180 ms for 1,700 rows at 100k products).
import { Prisma } from "@/lib/generated/prisma/client";
import { truncate, withoutControls } from "@/lib/core/plain-text";

export type SearchStage = "words" | "prefix" | "infix" | "typos";

export type SearchTerms = {
  raw: string;
  upper: string;
  lower: string;
  /** Every word as a whole word ("memantine & hydro"). */
  wordsQuery: string | null;
  /** The last word as a prefix ("memantine & hydro:*"), when it is long enough to be one. */
  prefixQuery: string | null;
  /** Whether matching inside name words and trigram typo matching apply (word-like queries, never identifiers). */
  typos: boolean;
  /**
   * The query with one code-name number one edit off, one tsquery per variant ("rd & 343156:AB",
   * "rd & 943150:AB", …); empty when the query has no such number. A digit is mistyped where a trigram
   * barely notices it (one changed digit of six keeps under half of the word's trigrams), while its
   * single-edit variants are few enough (135 for six digits) to look up as words in the full-text index.
   */
  digitTypos: string[];
  /** Each digitTypos query's varied word ("343156:AB"): the index is read for it alone (typoMatchSql). */
  digitTypoWords: string[];
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
// CAS numbers and InChIKeys name one compound each: a near miss is another compound, never a typo.
const EXACT_IDENTIFIER = /^\d{2,7}-\d{2}-\d$|^[a-z]{14}-[a-z]{10}-[a-z]$/i;

// A code name's number as the full-text parser splits it: "943156" of RD-943156, or "rd907147".
const CODE_NUMBER = /^[a-z]{0,4}\d{3,8}$/;
const DIGITS = "0123456789";
const MAX_DIGIT_TYPO_WORDS = 2;

/**
 * Every word one edit of a digit away from `word`: a digit replaced, dropped, doubled or swapped with
 * its neighbour, or one inserted among the digits. Letters stay as typed.
 */
export function digitVariants(word: string): string[] {
  const variants = new Set<string>();
  const first = word.search(/\d/);
  for (let i = first; i < word.length; i++) {
    for (const d of DIGITS) if (d !== word[i]) variants.add(word.slice(0, i) + d + word.slice(i + 1));
    variants.add(word.slice(0, i) + word.slice(i + 1));
    if (i + 1 < word.length && word[i] !== word[i + 1]) variants.add(word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2));
  }
  for (let i = first; i <= word.length; i++) for (const d of DIGITS) variants.add(word.slice(0, i) + d + word.slice(i));
  variants.delete(word);
  // A code number keeps three digits: shorter numbers are parts of systematic names ("2,5-dimethoxy").
  return [...variants].filter((v) => /\d{3}/.test(v.replace(/\D/g, "")));
}

/**
 * The words with one code number at a time replaced by each of its single-edit variants (in names and
 * synonyms: weights A, B), with the variant word of each.
 */
function digitTyposQueries(words: string[]): { queries: string[]; words: string[] } {
  const codes = words.flatMap((w, i) => (CODE_NUMBER.test(w) ? [i] : [])).slice(0, MAX_DIGIT_TYPO_WORDS);
  const variants = codes.flatMap((at) => digitVariants(words[at]!).map((v) => ({ at, word: `${v}:AB` })));
  return {
    queries: variants.map(({ at, word }) => words.map((w, i) => (i === at ? word : w)).join(" & ")),
    words: variants.map(({ word }) => word),
  };
}

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
  // A catalog-number-shaped query can be a code name ("RD917444"): its typos are looked up among names
  // only, so catalog numbers themselves still match exactly or by prefix.
  const { queries: digitTypos, words: digitTypoWords } =
    raw.length <= 32 && !EXACT_IDENTIFIER.test(raw) ? digitTyposQueries(words) : { queries: [], words: [] };
  // A code name alone ("rd-943156") has its digit variants; trigrams of digits find look-alike numbers
  // at some cost (~10 ms at 100k products) and rank below them anyway.
  const codeOnly = digitTypos.length > 0 && words.every((w) => CODE_NUMBER.test(w) || /^[a-z]{1,4}$/.test(w));
  const typos = raw.length <= 32 && !IDENTIFIER.test(raw) && /[\p{L}\p{N}]{4,}/u.test(raw) && !codeOnly;
  const stages: SearchStage[] = ["words"];
  if (prefixQuery !== wordsQuery) stages.push("prefix");
  if (typos) stages.push("infix");
  if (typos || digitTypos.length) stages.push("typos");
  return {
    raw,
    upper: raw.toUpperCase(),
    lower: raw.toLowerCase(),
    wordsQuery,
    prefixQuery,
    typos,
    digitTypos,
    digitTypoWords,
    stages,
    inchiKey: parseInchiKeyQuery(raw),
  };
}

const escapeLike = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);
const likePrefix = (text: string) => `${escapeLike(text)}%`;
const likeInfix = (text: string) => `%${escapeLike(text)}%`;

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
    ${stage === "infix" ? Prisma.sql`OR p."searchNames" LIKE ${likeInfix(t.lower)}` : Prisma.empty}
    ${stage === "typos" ? typoMatchSql(t) : Prisma.empty})`;
}

// One index lookup per variant, their products collected into an array the primary key then reads. As
// one tsquery of 135 alternatives, PostgreSQL estimates a tenth of the catalog matches and scans all of
// it (2 s at 100k products). Each lookup stops after a code's few salt forms and synonyms: without the
// limit each is costed at 0.5% of the catalog, and the sum crosses jit_above_cost (150 ms of JIT
// compilation for a 4 ms query). The index is read for the varied number alone, and the rest of the
// query checked on the few rows it finds (ts_match_vq is @@ as a function, which the planner does not
// take to the index): as an index condition "rd & 343156" also walks the posting tree of "rd", a word of
// 187,000 of 1M products, and that read half again as many pages for a code's 135 lookups (~1,500 at 1M
// products) and took twice the time (bench/README.md).
const DIGIT_TYPO_ROWS = 20;
const digitTyposSql = (t: SearchTerms) =>
  Prisma.sql`p.id = ANY (ARRAY(SELECT x.id FROM unnest(${t.digitTypos}::text[], ${t.digitTypoWords}::text[]) v(q, word)
    CROSS JOIN LATERAL (SELECT x.id FROM "ProductSearch" x WHERE x."searchVector" @@ to_tsquery('simple', v.word)
                          AND ts_match_vq(x."searchVector", to_tsquery('simple', v.q)) LIMIT ${DIGIT_TYPO_ROWS}) x))`;

function typoMatchSql(t: SearchTerms): Prisma.Sql {
  const conditions: Prisma.Sql[] = [];
  if (t.digitTypos.length) conditions.push(digitTyposSql(t));
  if (t.typos) conditions.push(Prisma.sql`${t.lower} <% p."searchNames"`);
  return conditions.length ? Prisma.sql`OR ${Prisma.join(conditions, " OR ")}` : Prisma.empty;
}

/**
 * Products whose name starts with the query, first `limit` in name order: a range of the
 * text_pattern_ops index on "sortName" (prisma/migrations/*_product_search_table). Both the suggestions
 * and the results page add them to a stage's matches, so a name being typed ("rk-42") is among what is
 * ranked even when the stage matches thousands of other products first (or only other products: the
 * words stage finds "42" as a whole word elsewhere). They rank above names that merely contain the query
 * (searchRankSql). `ranked` is the select list; `conditions` further filters (the facets).
 */
export function namePrefixSql(t: SearchTerms, ranked: Prisma.Sql, limit: number, conditions: Prisma.Sql = Prisma.sql`TRUE`): Prisma.Sql {
  return Prisma.sql`(SELECT ${ranked} FROM "ProductSearch" p WHERE p."sortName" LIKE ${likePrefix(t.lower)} AND ${conditions}
    ORDER BY p."sortName" USING ~<~ LIMIT ${limit})`;
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
      WHEN p."sortName" LIKE ${likePrefix(t.lower)} THEN 600
      ELSE 0 END
    + 100 * ${textRank}
    ${stage === "infix" ? Prisma.sql`+ CASE WHEN lower(p.name) LIKE ${likeInfix(t.lower)} THEN 50 ELSE 0 END` : Prisma.empty}
    ${
      stage === "typos"
        ? // A code name one digit off is that product, whatever else looks alike; the product's own name
          // counts over its synonyms: "ketamne" is ketamine before (S)-ketamine.
          Prisma.sql`+ ${t.digitTypos.length ? Prisma.sql`CASE WHEN p."searchVector" @@ to_tsquery('simple', ${t.digitTypos.map((q) => `(${q})`).join(" | ")}) THEN 200 ELSE 0 END` : Prisma.sql`0`}
            + 100 * word_similarity(${t.lower}, p."searchNames") + 50 * word_similarity(${t.lower}, lower(p.name))`
        : Prisma.empty
    })`;
}
