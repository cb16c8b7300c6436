import type { Element, ElementContent } from "hast";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { formatLongDate } from "@/app/_components/format-date";
import { formatMw, formulaElement } from "@/app/_components/formula";
import { element, isWebLink, text, toHtml } from "@/app/_components/html-string";
import { InquiryActions } from "@/app/_components/inquiry-actions";
import { PrintButton } from "@/app/_components/print-button";
import { ReferenceList } from "@/app/_components/reference-list";
import { RuoNotice } from "@/app/_components/ruo-notice";
import { StaticHtml } from "@/app/_components/static-html";
import { structureThumbnailElement } from "@/app/_components/structure-thumbnail";
import { referenceLinks, shortCitation } from "@/lib/catalog/citations";
import { toJsonLd } from "@/lib/catalog/json-ld";
import { env } from "@/lib/env";
import { plainCitation } from "@/lib/guides/cite";
import { getGuide, guideKindLabels, type GuideDetail } from "@/lib/guides/guides";
import { renderGuideMarkdown } from "@/lib/guides/markdown";
import { site } from "@/lib/site";

// Rendered on first request, then served from Next's cache; the build never reads the database.
export const revalidate = 300;
export function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: PageProps<"/guides/[slug]">): Promise<Metadata> {
  const guide = await getGuide({ slug: (await params).slug });
  if (!guide) return { title: "Guide not found" };
  return { title: guide.title, description: guide.summary, alternates: { canonical: `/guides/${guide.slug}` } };
}

export default async function GuidePage({ params }: PageProps<"/guides/[slug]">) {
  const guide = await getGuide({ slug: (await params).slug });
  if (!guide) notFound();

  const numbers = new Map(guide.references.map((r) => [r.reference.key, r.position]));
  const { html, toc } = await renderGuideMarkdown(guide.body, (key) => numbers.get(key));
  const url = new URL(`/guides/${guide.slug}`, env.SITE_URL).toString();
  const catalogNumbers = guide.products.map((p) => p.product.catalogNumber);
  const citable = { ...guide, url, publisher: site.name };
  // The JSON-LD, the body, the comparison rows and the references reach the browser once, in the HTML.
  const src = `/guides/${guide.slug}`;

  return (
    <article className="container-page py-8 print-urls">
      <StaticHtml name="json-ld" src={src} as="script" html={guideJsonLd(guide, url)} />
      <nav aria-label="Breadcrumb" className="text-sm text-ink-muted no-print">
        <Link href="/guides">Technical guides</Link>
        <span className="crumb-separator" /> {guideKindLabels[guide.kind]}
      </nav>

      <header className="mt-3 max-w-4xl">
        <p className="text-xs font-semibold uppercase tracking-wide text-brand-dark">{guideKindLabels[guide.kind]}</p>
        <h1 className="mt-1 text-3xl sm:text-4xl">{guide.title}</h1>
        <p className="mt-3 text-lg text-ink-muted">{guide.summary}</p>
        <p className="mt-3 text-sm">
          {guide.author} · Published <time dateTime={guide.publishedAt.toISOString()}>{formatLongDate(guide.publishedAt)}</time>
          {guide.revisedAt ? (
            <>
              {" "}
              · Updated <time dateTime={guide.revisedAt.toISOString()}>{formatLongDate(guide.revisedAt)}</time>
            </>
          ) : null}
        </p>
        <div className="mt-3">
          <h2 className="text-sm font-semibold">Compounds of interest</h2>
          <ul className="mt-1 flex flex-wrap gap-2">
            {guide.products.map(({ product }) => (
              <li key={product.catalogNumber}>
                <Link href={`/products/${product.catalogNumber}`} className="tag no-underline hover:underline">
                  {product.name} ({product.catalogNumber})
                </Link>
              </li>
            ))}
          </ul>
        </div>
        <div className="mt-4 flex flex-wrap gap-2 no-print">
          <PrintButton />
          <a href="#cite" className="btn btn-secondary">
            Cite this guide
          </a>
        </div>
      </header>

      <div className="mt-8 grid grid-cols-[minmax(0,1fr)] gap-10 lg:grid-cols-[14rem_minmax(0,1fr)]">
        <nav aria-labelledby="toc-heading" className="no-print lg:sticky lg:top-4 lg:self-start">
          <h2 id="toc-heading" className="text-sm font-semibold uppercase tracking-wide text-ink-muted">
            Contents
          </h2>
          <ol className="mt-2 space-y-1 text-sm">
            {toc.map((entry) => (
              <li key={entry.id} className={entry.level === 3 ? "pl-3" : ""}>
                <a href={`#${entry.id}`}>{entry.text}</a>
              </li>
            ))}
            <li>
              <a href="#comparison">Side-by-side comparison</a>
            </li>
            <li>
              <a href="#references">References</a>
            </li>
          </ol>
        </nav>

        <div className="min-w-0 max-w-4xl space-y-10">
          <StaticHtml name="guide-body" src={src} className="guide-body" html={html} />

          <ComparisonTable guide={guide} src={src} />

          <section aria-labelledby="references">
            <h2 id="references" className="text-2xl">
              References
            </h2>
            <div className="mt-3">
              <ReferenceList references={guide.references.map((r) => r.reference)} src={src} />
            </div>
          </section>

          <section id="cite" aria-labelledby="cite-heading" className="card p-4">
            <h2 id="cite-heading" className="text-lg font-semibold">
              Cite this guide
            </h2>
            <p className="mt-2 text-sm">{plainCitation(citable, new Date())}</p>
            <p className="mt-3 flex flex-wrap gap-2 no-print">
              <a className="btn btn-secondary" href={`/guides/${guide.slug}/cite/bibtex`} download>
                BibTeX (.bib)
              </a>
              <a className="btn btn-secondary" href={`/guides/${guide.slug}/cite/ris`} download>
                RIS (.ris)
              </a>
            </p>
          </section>

          <RuoNotice>
            The compounds discussed are sold for laboratory research; this guide summarises published findings and is not medical advice.
          </RuoNotice>

          <InquiryActions catalogNumbers={catalogNumbers} title="Order the compounds in this guide" />
        </div>
      </div>
    </article>
  );
}

/**
 * The rows are one HTML string (html-string.ts), sent once in the page's HTML (static-html.tsx); the
 * compound names are plain links, as in the guide's own text.
 */
function ComparisonTable({ guide, src }: { guide: GuideDetail; src: string }) {
  return (
    <section aria-labelledby="comparison">
      <h2 id="comparison" className="text-2xl">
        Side-by-side comparison
      </h2>
      <p className="mt-1 text-sm text-ink-muted">From our catalog records; formula and MW are computed from each structure.</p>
      <div className="mt-3 overflow-x-auto">
        <table className="data-table data-table-stacked">
          <thead>
            <tr>
              <th scope="col">Structure</th>
              <th scope="col">Compound</th>
              <th scope="col">Mechanism · targets</th>
              <th scope="col">Potency</th>
              <th scope="col">Formula · MW</th>
            </tr>
          </thead>
          <StaticHtml name="comparison" src={src} as="tbody" html={toHtml(guide.products.map(comparisonRow))} />
        </table>
      </div>
    </section>
  );
}

function comparisonRow({ product, role }: GuideDetail["products"][number]): Element {
  const actions = actionsByMechanism(product.activities);
  const potencies = product.activities.filter((a) => a.value !== null);
  const block = (children: ElementContent[]) => element("span", { className: ["block"] }, children);
  return element("tr", {}, [
    element("td", {}, [
      structureThumbnailElement({ catalogNumber: product.catalogNumber, name: product.name, width: 160, height: 120, className: "w-40" }),
    ]),
    element("th", { scope: "row", className: ["font-normal"] }, [
      element("a", { href: `/products/${product.catalogNumber}`, className: ["font-semibold"] }, [text(product.name)]),
      element("span", { className: ["block", "identifier"] }, [text(product.catalogNumber)]),
      element("span", { className: ["block", "text-xs"] }, [text(`Form: ${product.saltForm}`)]),
      element("span", { className: ["block", "text-xs", "text-ink-muted"] }, [text(role)]),
    ]),
    element("td", { dataLabel: "Mechanism · targets" }, actions.length ? actions.map((a) => block([text(a)])) : [text("—")]),
    element(
      "td",
      { dataLabel: "Potency" },
      potencies.length
        ? potencies.map((a) => {
            const href = referenceLinks(a.reference)[0]?.href;
            const source = `(${shortCitation(a.reference)})`;
            return block([
              element("span", { className: ["whitespace-nowrap"] }, [
                text(`${a.target.name.replace(" receptor", "")} ${a.measure} ${a.relation ?? ""}${a.value} ${a.unit}`),
              ]),
              text(" "),
              href && isWebLink(href)
                ? element("a", { href, className: ["text-xs"], rel: ["noopener", "noreferrer"], target: "_blank" }, [text(source)])
                : element("span", { className: ["text-xs"] }, [text(source)]),
            ]);
          })
        : [text("—")],
    ),
    element("td", { dataLabel: "Formula · MW", className: ["sm:whitespace-nowrap"] }, [
      formulaElement(product.formula),
      block([text(formatMw(product.molecularWeight))]),
    ]),
  ]);
}

/** "Antagonist: mGlu2, mGlu3" — one line per mechanism. */
function actionsByMechanism(activities: GuideDetail["products"][number]["product"]["activities"]) {
  const byMechanism = new Map<string, Set<string>>();
  for (const a of activities)
    byMechanism.set(a.mechanism.name, (byMechanism.get(a.mechanism.name) ?? new Set()).add(a.target.name.replace(/ receptor$/, "")));
  return [...byMechanism].map(([mechanism, targets]) => `${mechanism}: ${[...targets].join(", ")}`);
}

function guideJsonLd(guide: GuideDetail, url: string) {
  return toJsonLd({
    "@context": "https://schema.org",
    "@type": "TechArticle",
    "@id": url,
    url,
    headline: guide.title,
    description: guide.summary,
    author: { "@type": "Organization", name: guide.author },
    publisher: { "@type": "Organization", name: site.legalName },
    datePublished: guide.publishedAt.toISOString().slice(0, 10),
    dateModified: (guide.revisedAt ?? guide.publishedAt).toISOString().slice(0, 10),
    about: guide.products.map(({ product }) => ({
      "@type": "Product",
      name: product.name,
      sku: product.catalogNumber,
      url: new URL(`/products/${product.catalogNumber}`, env.SITE_URL).toString(),
    })),
    // Each source by its DOI or PubMed address (its title only without either): the titles are in the
    // reference list already, and this script reaches the browser twice (HTML and RSC payload).
    citation: guide.references.map(({ reference: r }) =>
      r.doi ? `https://doi.org/${r.doi}` : r.pmid ? `https://pubmed.ncbi.nlm.nih.gov/${r.pmid}/` : r.title,
    ),
  });
}
