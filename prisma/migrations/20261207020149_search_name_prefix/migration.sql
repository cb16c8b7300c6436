-- Catalog search (lib/catalog/search.ts namePrefixSql): the names that start with the query, in name
-- order, are a range of this index; they are ranked with every stage's matches, so the name being typed
-- ("rk-42", "4-bromo-2,5-dim") is found even among thousands of products that match its words. The
-- ("sortName", "catalogNumber") index serves LIKE prefixes only under the "C" collation.
CREATE INDEX "Product_sortName_prefix_idx" ON "Product" ("sortName" text_pattern_ops);
