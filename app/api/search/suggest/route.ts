import { suggestProducts } from "@/lib/catalog/products";
import { searchGuides } from "@/lib/guides/guides";
import { truncate } from "@/lib/core/plain-text";

export type Suggestions = {
  products: { catalogNumber: string; name: string; casNumber: string | null; formula: string }[];
  guides: { slug: string; title: string }[];
};

/** GET /api/search/suggest?q= — what the header's search box offers while the user types. */
export async function GET(request: Request) {
  const q = truncate((new URL(request.url).searchParams.get("q") ?? "").trim(), 100);
  const [products, guides] = q.length < 2 ? [[], []] : await Promise.all([suggestProducts({ q, limit: 6 }), searchGuides({ q, limit: 3 })]);
  const body: Suggestions = { products, guides: guides.map(({ slug, title }) => ({ slug, title })) };
  // Catalog data changes rarely: a minute of browser and proxy caching spares the database keystrokes.
  return Response.json(body, { headers: { "Cache-Control": "public, max-age=60" } });
}
