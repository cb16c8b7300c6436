-- Browsing the catalog at scale (hand-written; keep in step with schema.prisma). Measured at 1M
-- products: the home page's featured products took 1.5 s (a sequential scan), and a /products page
-- sorted every product by lower(name) to show 12 of them.

-- The home page: featured products by name.
CREATE INDEX "Product_featured_name_idx" ON "Product"("featured", "name");

-- /products: pages in name order (case-insensitive, then catalog number) are a range of this index.
ALTER TABLE "Product" ADD COLUMN "sortName" TEXT GENERATED ALWAYS AS (lower("name")) STORED;
CREATE INDEX "Product_sortName_catalogNumber_idx" ON "Product"("sortName", "catalogNumber");
