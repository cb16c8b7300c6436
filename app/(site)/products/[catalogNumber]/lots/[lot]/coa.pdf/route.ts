import { coaFilename, renderCoaPdf } from "@/lib/catalog/coa-pdf";
import { lotNumberField } from "@/lib/catalog/lot-schema";
import { findRenamedProduct } from "@/lib/catalog/lifecycle";
import { coaPath, getLotForCoa } from "@/lib/catalog/lots";
import { env } from "@/lib/env";
import { normalizeCatalogNumber } from "@/lib/catalog/products";
import { catalogNumberField } from "@/lib/core/catalog-identifiers";
import { fileDownload } from "@/lib/http/content-disposition";

export const dynamic = "force-dynamic"; // read at request time: the build never touches the database

const notFound = () =>
  new Response("No certificate of analysis for this product and lot.", {
    status: 404,
    headers: { "Content-Type": "text/plain; charset=utf-8" },
  });

/** A lot's certificate of analysis, rendered from its record on each request (a few tens of ms). */
export async function GET(_request: Request, { params }: { params: Promise<{ catalogNumber: string; lot: string }> }) {
  const { catalogNumber, lot } = await params;
  const product = catalogNumberField.safeParse(normalizeCatalogNumber(catalogNumber));
  const lotNumber = lotNumberField.safeParse(normalizeCatalogNumber(lot));
  if (!product.success || !lotNumber.success) return notFound();
  const data = await getLotForCoa({ catalogNumber: product.data, lotNumber: lotNumber.data });
  if (!data) {
    // A former catalog number proxy.ts did not know yet (renamed by another app process).
    const renamed = await findRenamedProduct({ catalogNumber: product.data });
    if (renamed) return Response.redirect(new URL(coaPath(renamed, lotNumber.data), env.SITE_URL), 301);
    return notFound();
  }
  const response = fileDownload({ filename: coaFilename(data), contentType: "application/pdf", content: await renderCoaPdf(data) });
  // Public data, unlike the other downloads: shared caches may keep it as long as the product page.
  response.headers.set("Cache-Control", "public, max-age=300");
  return response;
}
