-- Each product's facet values (targets, mechanisms, categories) in its search copy, kept by triggers on
-- the link tables. A common word's results page counts the facets of its ~2,000 matches: from the link
-- tables that was ~6,000 index probes into "Activity" and "_CategoryToProduct" (~520 pages read at 1M
-- products, bench/README.md); from these arrays it is the rows the match scan has already read.
-- Hand-written parts: the backfill, the rewrite, the triggers. Runs unchanged on PostgreSQL and PGlite.

-- AlterTable
ALTER TABLE "ProductSearch" ADD COLUMN     "categoryIds" INTEGER[] DEFAULT ARRAY[]::INTEGER[],
ADD COLUMN     "mechanismIds" INTEGER[] DEFAULT ARRAY[]::INTEGER[],
ADD COLUMN     "targetIds" INTEGER[] DEFAULT ARRAY[]::INTEGER[];

-- One product's ids of one facet, sorted and without repeats (a product has several activities at one
-- target): what the column of that facet holds.
CREATE FUNCTION product_facet_ids(facet TEXT, product INTEGER) RETURNS INTEGER[] LANGUAGE sql STABLE AS $$
  SELECT CASE facet
    WHEN 'target' THEN ARRAY(SELECT DISTINCT "targetId" FROM "Activity" WHERE "productId" = product ORDER BY 1)
    WHEN 'mechanism' THEN ARRAY(SELECT DISTINCT "mechanismId" FROM "Activity" WHERE "productId" = product ORDER BY 1)
    ELSE ARRAY(SELECT "A" FROM "_CategoryToProduct" WHERE "B" = product ORDER BY 1)
  END
$$;

CREATE FUNCTION product_search_refresh_facets(ids INTEGER[]) RETURNS void LANGUAGE sql AS $$
  UPDATE "ProductSearch" SET "targetIds" = product_facet_ids('target', id), "mechanismIds" = product_facet_ids('mechanism', id),
    "categoryIds" = product_facet_ids('category', id)
  WHERE id = ANY (ids)
$$;

-- Filled by rewriting the table (a "type change" to the same type, USING the function), not by an
-- UPDATE: an UPDATE would leave a dead copy of every row that nothing inside this migration's transaction
-- can remove (a CLUSTER here kept both: 653 MB became 1,449 MB at 1M products), and every scan would
-- read twice the pages until a VACUUM FULL.
ALTER TABLE "ProductSearch"
  ALTER COLUMN "targetIds" TYPE INTEGER[] USING product_facet_ids('target', id),
  ALTER COLUMN "mechanismIds" TYPE INTEGER[] USING product_facet_ids('mechanism', id),
  ALTER COLUMN "categoryIds" TYPE INTEGER[] USING product_facet_ids('category', id);
ANALYZE "ProductSearch";

-- Activities and category links change per statement (a product saved, a catalog loaded): the products
-- they belong to are refreshed once per statement, from its transition tables. One trigger per event, as
-- PostgreSQL allows transition tables only on single-event triggers; TG_ARGV[0] names the link table's
-- product column.
CREATE FUNCTION search_facet_links_changed() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  ids INTEGER[];
BEGIN
  EXECUTE format(CASE TG_OP
      WHEN 'INSERT' THEN 'SELECT ARRAY(SELECT DISTINCT %1$I FROM new_rows)'
      WHEN 'DELETE' THEN 'SELECT ARRAY(SELECT DISTINCT %1$I FROM old_rows)'
      ELSE 'SELECT ARRAY(SELECT %1$I FROM old_rows UNION SELECT %1$I FROM new_rows)'
    END, TG_ARGV[0]) INTO ids;
  PERFORM product_search_refresh_facets(ids);
  RETURN NULL;
END $$;

CREATE TRIGGER "Activity_search_facets_insert" AFTER INSERT ON "Activity"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION search_facet_links_changed('productId');
CREATE TRIGGER "Activity_search_facets_update" AFTER UPDATE ON "Activity"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION search_facet_links_changed('productId');
CREATE TRIGGER "Activity_search_facets_delete" AFTER DELETE ON "Activity"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION search_facet_links_changed('productId');

CREATE TRIGGER "CategoryToProduct_search_facets_insert" AFTER INSERT ON "_CategoryToProduct"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION search_facet_links_changed('B');
CREATE TRIGGER "CategoryToProduct_search_facets_update" AFTER UPDATE ON "_CategoryToProduct"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION search_facet_links_changed('B');
CREATE TRIGGER "CategoryToProduct_search_facets_delete" AFTER DELETE ON "_CategoryToProduct"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION search_facet_links_changed('B');
