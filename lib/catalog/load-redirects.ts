// No "server-only" marker: instrumentation.ts (outside the React server graph) loads the map at start-up.
import { db } from "@/lib/db";
import { rememberCatalogNumberRedirects } from "@/lib/catalog/redirect-map";

/** Every former catalog number with its product's current one, into this process's redirect map. */
export async function loadCatalogNumberRedirects() {
  const rows = await db.catalogNumberRedirect.findMany({ select: { catalogNumber: true, product: { select: { catalogNumber: true } } } });
  rememberCatalogNumberRedirects(rows.map((row) => [row.catalogNumber, row.product.catalogNumber] as const));
  return rows.length;
}
