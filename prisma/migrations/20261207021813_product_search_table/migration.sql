-- Catalog search reads a narrow copy of each product (lib/catalog/search.ts): the columns it matches and
-- ranks on, a third of the width of a "Product" row (fingerprints, description, drawing and InChI stay
-- behind). A common word's results page scans its ~2,000 capped matches; at 1M products that scan read
-- ~8,000 pages of "Product", most of them from outside PostgreSQL's buffers (bench/README.md). Hand-written
-- parts: the copy, the operator classes, and the triggers that keep the copy in step. Runs unchanged on
-- PostgreSQL and PGlite.

CREATE TABLE "ProductSearch" (
    "id" INTEGER NOT NULL,
    "catalogNumber" TEXT NOT NULL,
    "casNumber" TEXT,
    "inchiKey" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "synonyms" TEXT[],
    "sortName" TEXT NOT NULL,
    "searchVector" tsvector NOT NULL,
    "searchNames" TEXT NOT NULL,
    "formula" TEXT NOT NULL,
    "discontinuedOn" DATE,

    CONSTRAINT "ProductSearch_pkey" PRIMARY KEY ("id")
);

-- The copy is written before its indexes are built: one sort per index instead of a million inserts.
INSERT INTO "ProductSearch" ("id", "catalogNumber", "casNumber", "inchiKey", "name", "synonyms", "sortName", "searchVector", "searchNames", "formula", "discontinuedOn")
SELECT "id", "catalogNumber", "casNumber", "inchiKey", "name", "synonyms", "sortName", "searchVector", "searchNames", "formula", "discontinuedOn"
  FROM "Product" ORDER BY "id";

CREATE INDEX "ProductSearch_searchVector_idx" ON "ProductSearch" USING GIN ("searchVector");
CREATE INDEX "ProductSearch_searchNames_trgm_idx" ON "ProductSearch" USING GIN ("searchNames" gin_trgm_ops);
-- Prefix ranges (LIKE 'x%'): catalog numbers, an InChIKey's first block, and the names that start with
-- the query (a name being typed ranks above names that merely contain it). A b-tree with the database's
-- collation serves LIKE prefixes only under the "C" collation; text_pattern_ops serves them under any,
-- and equality as well.
CREATE INDEX "ProductSearch_catalogNumber_prefix_idx" ON "ProductSearch" ("catalogNumber" text_pattern_ops);
CREATE INDEX "ProductSearch_casNumber_idx" ON "ProductSearch" ("casNumber");
CREATE INDEX "ProductSearch_inchiKey_prefix_idx" ON "ProductSearch" ("inchiKey" text_pattern_ops);
CREATE INDEX "ProductSearch_sortName_prefix_idx" ON "ProductSearch" ("sortName" text_pattern_ops);

ALTER TABLE "ProductSearch" ADD CONSTRAINT "ProductSearch_id_fkey" FOREIGN KEY ("id") REFERENCES "Product"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Statistics for the planner now, not at autovacuum's next visit: without them each search statement
-- was planned as a scan of the whole copy (0.4-1.7 s at 1M products, measured). The search vector's
-- statistics keep 10x the default number of common words: with the default, a word of no product was
-- estimated at 2,000 matches of 1M, and the stage probe (EXISTS, a LIMIT 1) chose a sequential scan
-- that read the whole copy when nothing matched (930 ms for "mk9670"); now ~300, and the indexes.
ALTER TABLE "ProductSearch" ALTER COLUMN "searchVector" SET STATISTICS 1000;
ANALYZE "ProductSearch";

-- Search no longer reads these from "Product"; each would only cost every product write.
DROP INDEX "Product_searchNames_trgm_idx";
DROP INDEX "Product_searchVector_idx";

-- New products: once per statement, from its transition table (a bulk import or load inserts thousands
-- of products a statement). A deleted product's copy goes with it (the foreign key cascades).
CREATE FUNCTION product_search_insert() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "ProductSearch" ("id", "catalogNumber", "casNumber", "inchiKey", "name", "synonyms", "sortName", "searchVector", "searchNames", "formula", "discontinuedOn")
  SELECT "id", "catalogNumber", "casNumber", "inchiKey", "name", "synonyms", "sortName", "searchVector", "searchNames", "formula", "discontinuedOn"
    FROM new_products;
  RETURN NULL;
END $$;

CREATE TRIGGER "Product_search_insert" AFTER INSERT ON "Product"
  REFERENCING NEW TABLE AS new_products FOR EACH STATEMENT EXECUTE FUNCTION product_search_insert();

-- Edits: per row, and only when a column the copy holds (or the description, which is in the search
-- vector) changed; the WHEN is checked without calling the function, so updates of other columns (a
-- drawing, a re-import's structure hash) cost nothing more.
CREATE FUNCTION product_search_update() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "ProductSearch" ("id", "catalogNumber", "casNumber", "inchiKey", "name", "synonyms", "sortName", "searchVector", "searchNames", "formula", "discontinuedOn")
  VALUES (NEW."id", NEW."catalogNumber", NEW."casNumber", NEW."inchiKey", NEW."name", NEW."synonyms", NEW."sortName", NEW."searchVector", NEW."searchNames", NEW."formula", NEW."discontinuedOn")
  ON CONFLICT ("id") DO UPDATE SET
    "catalogNumber" = EXCLUDED."catalogNumber", "casNumber" = EXCLUDED."casNumber", "inchiKey" = EXCLUDED."inchiKey",
    "name" = EXCLUDED."name", "synonyms" = EXCLUDED."synonyms", "sortName" = EXCLUDED."sortName",
    "searchVector" = EXCLUDED."searchVector", "searchNames" = EXCLUDED."searchNames", "formula" = EXCLUDED."formula",
    "discontinuedOn" = EXCLUDED."discontinuedOn";
  RETURN NULL;
END $$;

CREATE TRIGGER "Product_search_update" AFTER UPDATE ON "Product" FOR EACH ROW
  WHEN ((OLD."catalogNumber", OLD."casNumber", OLD."inchiKey", OLD."name", OLD."synonyms", OLD."description", OLD."formula", OLD."discontinuedOn")
        IS DISTINCT FROM (NEW."catalogNumber", NEW."casNumber", NEW."inchiKey", NEW."name", NEW."synonyms", NEW."description", NEW."formula", NEW."discontinuedOn"))
  EXECUTE FUNCTION product_search_update();
