-- Catalog, guide and staff-inbox search (hand-written). Keep in step with schema.prisma, where the
-- generated columns and indexes are declared so later diffs do not try to drop them.
-- Runs unchanged on PostgreSQL and on PGlite (which loads pg_trgm as a bundled extension).
CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- array_to_string() is only STABLE; generated columns need IMMUTABLE expressions.
CREATE OR REPLACE FUNCTION catalog_synonyms_text(text[]) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  AS $$ SELECT coalesce(array_to_string($1, ' '), '') $$;

-- Punctuation inside names splits words the way a search query is split: the parser would read
-- "N-ethyl-5-chloro" as one hyphenated word and "-5" as a signed number, so "5 chloro" found nothing.
CREATE OR REPLACE FUNCTION catalog_search_words(text) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  AS $$ SELECT translate($1, '-,.()[]/+', '         ') $$;

-- 'simple' keeps compound names and codes as written (no English stemming of "LY341495");
-- descriptions are prose, so they get the English configuration.
ALTER TABLE "Product" ADD COLUMN "searchVector" tsvector GENERATED ALWAYS AS (
  setweight(to_tsvector('simple'::regconfig, catalog_search_words(coalesce("name", ''))), 'A') ||
  setweight(to_tsvector('simple'::regconfig, catalog_search_words(catalog_synonyms_text("synonyms"))), 'B') ||
  setweight(to_tsvector('english'::regconfig, coalesce("description", '')), 'C')
) STORED;

ALTER TABLE "Product" ADD COLUMN "searchNames" TEXT GENERATED ALWAYS AS (
  lower(coalesce("name", '') || ' ' || catalog_synonyms_text("synonyms"))
) STORED;

ALTER TABLE "Product" ADD COLUMN "patternFp" bit(2048),
ADD COLUMN "morganFp" bit(2048);

ALTER TABLE "Guide" ADD COLUMN "searchVector" tsvector GENERATED ALWAYS AS (
  setweight(to_tsvector('english'::regconfig, coalesce("title", '')), 'A') ||
  setweight(to_tsvector('english'::regconfig, coalesce("summary", '')), 'B') ||
  setweight(to_tsvector('english'::regconfig, coalesce("body", '')), 'C')
) STORED;

CREATE INDEX "Product_searchVector_idx" ON "Product" USING GIN ("searchVector");
CREATE INDEX "Product_searchNames_trgm_idx" ON "Product" USING GIN ("searchNames" gin_trgm_ops);
-- Catalog-number prefixes ("B81059") as a b-tree range. A trigram index here would also be picked for
-- "catalogNumber" = ANY(…) lookups and make them seconds slow (measured while importing).
CREATE INDEX "Product_catalogNumber_prefix_idx" ON "Product" ("catalogNumber" text_pattern_ops);
CREATE INDEX "Guide_searchVector_idx" ON "Guide" USING GIN ("searchVector");
CREATE INDEX "Inquiry_searchText_trgm_idx" ON "Inquiry" USING GIN ("searchText" gin_trgm_ops);
