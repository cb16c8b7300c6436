import { env } from "@/lib/env";
import { bibtexCitation, risCitation } from "@/lib/guides/cite";
import { getGuide } from "@/lib/guides/guides";
import { site } from "@/lib/site";

const formats = {
  bibtex: { render: bibtexCitation, type: "application/x-bibtex", extension: "bib" },
  ris: { render: risCitation, type: "application/x-research-info-systems", extension: "ris" },
} as const;

// /guides/<slug>/cite/bibtex and /guides/<slug>/cite/ris — downloads for reference managers.
export async function GET(_request: Request, { params }: RouteContext<"/guides/[slug]/cite/[format]">) {
  const { slug, format } = await params;
  // Own keys only: "constructor" or "toString" must not find Object's.
  const spec = Object.hasOwn(formats, format) ? formats[format as keyof typeof formats] : undefined;
  const guide = spec ? await getGuide({ slug }) : null;
  if (!spec || !guide) return new Response("Not found", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  const url = new URL(`/guides/${guide.slug}`, env.SITE_URL).toString();
  const body = spec.render({ ...guide, url, publisher: site.name }, new Date());
  return new Response(body, {
    headers: {
      "Content-Type": `${spec.type}; charset=utf-8`,
      "Content-Disposition": `attachment; filename="${guide.slug}.${spec.extension}"`,
    },
  });
}
