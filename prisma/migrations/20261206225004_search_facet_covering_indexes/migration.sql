-- A search's target and mechanism facet counts (lib/catalog/products.ts catalogListingSql) read the
-- activities of ~2,000 matched products by product id. A covering index answers them from the index
-- alone (an index-only scan once VACUUM has run) instead of reading a heap page per product; it serves
-- every other lookup by product id as the old single-column index did.
DROP INDEX "Activity_productId_idx";
CREATE INDEX "Activity_productId_targetId_mechanismId_idx" ON "Activity"("productId", "targetId", "mechanismId");
