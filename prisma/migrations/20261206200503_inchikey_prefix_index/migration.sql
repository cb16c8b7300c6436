-- InChIKey search (lib/catalog/search.ts): a full key matches by equality, its first block (the
-- skeleton, without stereochemistry) by prefix. A b-tree with the database's collation serves only the
-- equality unless the collation is "C"; text_pattern_ops serves both, so it replaces the plain index.
DROP INDEX "Product_inchiKey_idx";
CREATE INDEX "Product_inchiKey_prefix_idx" ON "Product" ("inchiKey" text_pattern_ops);
