import { getStructureSvg } from "@/lib/catalog/products";

// /structures/B8105958.svg — the 2D drawing RDKit made when the product was written.
export async function GET(_request: Request, { params }: RouteContext<"/structures/[file]">) {
  const { file } = await params;
  const match = /^([A-Za-z0-9-]{1,40})\.svg$/.exec(file);
  const row = match ? await getStructureSvg({ catalogNumber: match[1]! }) : null;
  if (!row) return new Response("Structure not found", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  return new Response(row.structureSvg, {
    headers: {
      "Content-Type": "image/svg+xml; charset=utf-8",
      // Drawn by us from the structure, but still: never let an SVG run script in our origin.
      "Content-Security-Policy": "default-src 'none'; style-src 'unsafe-inline'",
      "X-Content-Type-Options": "nosniff",
      "Cache-Control": "public, max-age=3600, stale-while-revalidate=86400",
      "Last-Modified": row.updatedAt.toUTCString(),
    },
  });
}
