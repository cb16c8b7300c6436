import { renderDatasheetPdf } from "@/lib/catalog/datasheet-pdf";
import { datasheetFilename } from "@/lib/catalog/document-paths";
import { getProduct, getStructureSvg } from "@/lib/catalog/products";
import { fileDownload } from "@/lib/http/content-disposition";

export const dynamic = "force-dynamic"; // read at request time: the build never touches the database

/**
 * /products/B8105958/datasheet.pdf — drawn on each request from the product's cached data (the
 * product page's), so a staff edit shows in it as soon as it shows on the page.
 */
export async function GET(_request: Request, { params }: RouteContext<"/products/[catalogNumber]/datasheet.pdf">) {
  const product = await getProduct({ catalogNumber: (await params).catalogNumber });
  if (!product) {
    return new Response("No such product.", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  }
  // A bulk import leaves the drawing to be made on first view; this is one.
  const structureSvg = product.structureSvg || ((await getStructureSvg({ catalogNumber: product.catalogNumber }))?.structureSvg ?? "");
  const content = await renderDatasheetPdf({ product, structureSvg, date: new Date() });
  const response = fileDownload({ filename: datasheetFilename(product.catalogNumber), contentType: "application/pdf", content });
  // Public data, as the CoA: shared caches may keep it as long as the product page.
  response.headers.set("Cache-Control", "public, max-age=300");
  return response;
}
