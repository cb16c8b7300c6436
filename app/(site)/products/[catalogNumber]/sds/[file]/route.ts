import { normalizeCatalogNumber } from "@/lib/catalog/products";
import { getSdsFile } from "@/lib/catalog/sds";
import { sdsFilename } from "@/lib/catalog/document-paths";
import { isSdsLanguage } from "@/lib/catalog/sds-schema";
import { catalogNumberField } from "@/lib/core/catalog-identifiers";
import { fileDownload } from "@/lib/http/content-disposition";

export const dynamic = "force-dynamic"; // read at request time: the build never touches the database

const notFound = () =>
  new Response("No safety data sheet on file for this product in this language.", {
    status: 404,
    headers: { "Content-Type": "text/plain; charset=utf-8" },
  });

/** /products/B8105958/sds/en.pdf — the SDS an admin uploaded, as a download under our own name for it. */
export async function GET(request: Request, { params }: RouteContext<"/products/[catalogNumber]/sds/[file]">) {
  const { catalogNumber, file } = await params;
  const product = catalogNumberField.safeParse(normalizeCatalogNumber(catalogNumber));
  const language = /^([a-z]{2})\.pdf$/.exec(file)?.[1];
  if (!product.success || !language || !isSdsLanguage(language)) return notFound();
  const sds = await getSdsFile({ catalogNumber: product.data, language });
  if (!sds) return notFound();
  // A replaced sheet gets a new tag: a browser or proxy holding the old one fetches the new one.
  const etag = `"${sds.sha256}"`;
  const cacheControl = "public, max-age=300";
  if (request.headers.get("if-none-match") === etag) {
    return new Response(null, { status: 304, headers: { ETag: etag, "Cache-Control": cacheControl } });
  }
  const response = fileDownload({ filename: sdsFilename(product.data, language), contentType: "application/pdf", content: sds.content });
  // Public like the product page, and as fresh: a replaced or removed sheet is gone within five minutes.
  response.headers.set("Cache-Control", cacheControl);
  response.headers.set("ETag", etag);
  response.headers.set("Last-Modified", sds.uploadedAt.toUTCString());
  return response;
}
