import type { Metadata } from "next";
import { currencies, currencyNames } from "@/lib/core/money";
import Link from "next/link";
import { notFound, permanentRedirect } from "next/navigation";
import { Formula, formatMw } from "@/app/_components/formula";
import { ControlledBadge, ControlledPanel } from "@/app/_components/controlled-status";
import { InquiryActions } from "@/app/_components/inquiry-actions";
import { ReferenceList } from "@/app/_components/reference-list";
import { RuoNotice } from "@/app/_components/ruo-notice";
import { StaticHtml } from "@/app/_components/static-html";
import { CurrentLot } from "./current-lot";
import { activityRowsHtml, chemicalDataHtml, packRowsHtml, similarHtml, solubilityRowsHtml } from "./product-html";
import { DiscontinuedActions, DiscontinuedNotice } from "./discontinued";
import { findRenamedProduct } from "@/lib/catalog/lifecycle";
import { ProductDocuments } from "./product-documents";
import { numberProductReferences } from "@/lib/catalog/citations";
import { productJsonLd } from "@/lib/catalog/json-ld";
import { getProduct, getSimilarProducts, normalizeCatalogNumber, type ProductDetail } from "@/lib/catalog/products";
import { isSingleComponent, parentFromInchi } from "@/lib/catalog/calculators";
import { CalculatorsIsland } from "@/app/_components/calculators/calculators-island";
import { getGuidesForProduct, guideKindLabels } from "@/lib/guides/guides";

// Rendered on first request, then served from Next's cache; the build never reads the database.
export const revalidate = 300;
export function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: PageProps<"/products/[catalogNumber]">): Promise<Metadata> {
  const product = await getProduct({ catalogNumber: (await params).catalogNumber });
  if (!product) return { title: "Product not found" };
  return {
    title: `${product.name} (${product.catalogNumber})${product.discontinuedOn ? ", discontinued" : ""}`,
    description: product.description.slice(0, 160),
    alternates: { canonical: `/products/${product.catalogNumber}` },
  };
}

export default async function ProductPage({ params }: PageProps<"/products/[catalogNumber]">) {
  const { catalogNumber } = await params;
  const product = await getProduct({ catalogNumber });
  if (!product) {
    // A former catalog number that proxy.ts did not know yet (renamed by another app process): 308
    // here, the 301 from the proxy from the next request on. Asked only when no product has the number.
    const renamed = await findRenamedProduct({ catalogNumber: normalizeCatalogNumber(catalogNumber) });
    if (renamed) permanentRedirect(`/products/${encodeURIComponent(renamed)}`);
    notFound();
  }
  const [guides, similar] = await Promise.all([
    getGuidesForProduct({ catalogNumber: product.catalogNumber }),
    getSimilarProducts({ catalogNumber: product.catalogNumber }),
  ]);

  const refs = numberProductReferences(product);
  // The ISR render's moment: which lot is current is decided when the page is (re)built.
  const now = new Date();
  const otherForms = product.compound.products.filter((p) => p.catalogNumber !== product.catalogNumber);
  // Blocks sent once, in the page's HTML (static-html.tsx), are found again at this path.
  const src = `/products/${product.catalogNumber}`;

  return (
    <article className="container-page py-8">
      <StaticHtml name="json-ld" src={src} as="script" html={productJsonLd(product)} />
      <nav aria-label="Breadcrumb" className="text-sm text-ink-muted no-print">
        <ol className="flex flex-wrap gap-1">
          <li>
            <Link href="/products">Products</Link>
            <span className="crumb-separator" />
          </li>
          <li aria-current="page">{product.name}</li>
        </ol>
      </nav>

      <header className="mt-3">
        <h1 className="text-3xl">{product.name}</h1>
        <p className="mt-2 flex flex-wrap gap-x-4 gap-y-1 text-ink-muted">
          <span>
            Cat. No. <strong className="identifier text-ink">{product.catalogNumber}</strong>
          </span>
          {product.casNumber ? (
            <span>
              CAS <strong className="identifier text-ink">{product.casNumber}</strong>
            </span>
          ) : null}
          <span>Form: {product.saltForm}</span>
        </p>
        <ControlledBadge controls={product.controls} href="#controlled-heading" />
        {otherForms.length ? (
          <p className="mt-1 text-sm">
            Parent compound {product.compound.name}, also available as:{" "}
            {otherForms.map((form, i) => (
              <span key={form.catalogNumber}>
                {i ? ", " : ""}
                <Link href={`/products/${form.catalogNumber}`}>
                  {form.saltForm} ({form.catalogNumber})
                </Link>
                {form.discontinuedOn ? " (discontinued)" : null}
              </span>
            ))}
          </p>
        ) : null}
        <DiscontinuedNotice product={product} similar={similar} />
      </header>

      {/* One column on a phone (overview, inquiry actions, details); two from lg, actions on the right. */}
      <div className="mt-6 grid grid-cols-[minmax(0,1fr)] gap-8 lg:grid-cols-[minmax(0,1fr)_20rem]">
        <section
          aria-labelledby="overview-heading"
          className="grid gap-6 sm:grid-cols-[minmax(0,20rem)_minmax(0,1fr)] lg:col-start-1 lg:row-start-1"
        >
          <figure className="card flex items-center justify-center self-start p-2">
            {/* eslint-disable-next-line @next/next/no-img-element -- an SVG drawn by RDKit; nothing to optimise */}
            <img
              src={`/structures/${product.catalogNumber}.svg`}
              alt={`2D chemical structure of ${product.name}`}
              width={320}
              height={240}
              className="h-auto w-full max-w-[320px]"
            />
          </figure>
          <div>
            <h2 id="overview-heading" className="sr-only">
              Overview
            </h2>
            <dl className="spec-list">
              <dt>Molecular formula</dt>
              <dd>
                <Formula value={product.formula} />
              </dd>
              <dt>Molecular weight</dt>
              <dd>{formatMw(product.molecularWeight)}</dd>
              {product.purity ? (
                <>
                  <dt>Purity</dt>
                  <dd>{product.purity}</dd>
                </>
              ) : null}
              {product.availability ? (
                <>
                  <dt>Availability</dt>
                  <dd>{product.availability}</dd>
                </>
              ) : null}
            </dl>
            <p className="mt-4">{product.description}</p>
          </div>
        </section>

        <aside className="space-y-4 lg:col-start-2 lg:row-span-2 lg:row-start-1">
          <ControlledPanel controls={product.controls} />
          {product.discontinuedOn ? (
            <DiscontinuedActions catalogNumber={product.catalogNumber} />
          ) : (
            <InquiryActions catalogNumbers={[product.catalogNumber]} />
          )}
          <ProductDocuments catalogNumber={product.catalogNumber} lots={product.lots} sds={product.sds} now={now} />
          {guides.length ? (
            <section aria-labelledby="guides-heading" className="card p-4 no-print">
              <h2 id="guides-heading" className="text-base font-semibold">
                Technical guides
              </h2>
              <ul className="mt-2 space-y-3 text-sm">
                {guides.map((g) => (
                  <li key={g.slug}>
                    <Link href={`/guides/${g.slug}`} className="font-medium">
                      {g.title}
                    </Link>
                    <span className="block text-xs text-ink-muted">{guideKindLabels[g.kind]}</span>
                  </li>
                ))}
              </ul>
            </section>
          ) : null}
          {product.categories.length ? (
            <section aria-labelledby="cat-heading" className="card p-4 no-print">
              <h2 id="cat-heading" className="text-base font-semibold">
                Categories
              </h2>
              <ul className="mt-2 space-y-1 text-sm">
                {product.categories.map((c) => (
                  <li key={c.slug}>
                    <Link href={`/products?category=${c.slug}`}>{c.name}</Link>
                  </li>
                ))}
              </ul>
            </section>
          ) : null}
        </aside>

        <div className="space-y-10 lg:col-start-1">
          <RuoNotice />

          <CurrentLot catalogNumber={product.catalogNumber} lots={product.lots} now={now} />

          {product.discontinuedOn ? null : <PackSizes product={product} src={src} />}

          <section aria-labelledby="chem-heading">
            <h2 id="chem-heading" className="text-xl">
              Chemical data
            </h2>
            <StaticHtml name="chemical-data" src={src} as="dl" className="spec-list mt-3" html={chemicalDataHtml(product, refs.numberOf)} />
            <p className="mt-2 text-xs text-ink-muted">
              Formula, molecular weight, exact mass, InChI and InChIKey are computed from the structure with RDKit.
            </p>
          </section>

          {product.activities.length ? (
            <section aria-labelledby="activity-heading">
              <h2 id="activity-heading" className="text-xl">
                Biological activity
              </h2>
              <div className="mt-3 overflow-x-auto">
                <table className="data-table data-table-stacked">
                  <caption className="sr-only">Targets, mechanisms and potency of {product.name}</caption>
                  <thead>
                    <tr>
                      <th scope="col">Target</th>
                      <th scope="col">Mechanism</th>
                      <th scope="col">Measure</th>
                      <th scope="col" className="text-right">
                        Value
                      </th>
                      <th scope="col">Species / assay</th>
                      <th scope="col">Ref.</th>
                    </tr>
                  </thead>
                  <StaticHtml name="activity" src={src} as="tbody" html={activityRowsHtml(product, refs.numberOf)} />
                </table>
              </div>
            </section>
          ) : null}

          <Solubility product={product} numberOf={refs.numberOf} src={src} />

          <section aria-labelledby="calc-heading" className="no-print">
            <h2 id="calc-heading" className="text-xl">
              Calculators
            </h2>
            <div className="mt-3">
              <CalculatorsIsland
                mw={product.molecularWeight}
                label={`${product.name} (${product.catalogNumber})`}
                parent={parentFromInchi(product.inchi) ?? undefined}
                freeForm={isSingleComponent(product.inchi)}
                solubilities={product.solubilities.map((s) => ({
                  solvent: s.solvent,
                  maxMgPerMl: s.maxMgPerMl,
                  atLeast: s.atLeast,
                  note: s.reference ? `ref. ${refs.numberOf(s.reference)}` : "in-house",
                }))}
              />
            </div>
            <p className="mt-2 text-sm">
              <Link href={`/tools/calculators?q=${encodeURIComponent(product.catalogNumber)}`}>Open the calculators on their own page</Link>
            </p>
          </section>

          <section aria-labelledby="similar-heading" className="no-print">
            <h2 id="similar-heading" className="text-xl">
              Similar compounds
            </h2>
            {similar.length ? (
              <StaticHtml
                name="similar"
                src={src}
                as="ul"
                className="mt-3 grid grid-cols-2 gap-3 sm:grid-cols-3"
                html={similarHtml(similar)}
              />
            ) : (
              <p className="mt-2 text-sm text-ink-muted">No catalog compound reaches a Tanimoto similarity of 0.5.</p>
            )}
            <p className="mt-2 text-sm">
              <Link href={`/search/structure?${new URLSearchParams({ smiles: product.smiles, mode: "similarity" })}`}>Find similar</Link>{" "}
              <span className="text-ink-muted">
                (structure search). Similarity: Tanimoto coefficient of Morgan fingerprints (radius 2, 2048 bits), computed with RDKit.
              </span>
            </p>
          </section>

          <section aria-labelledby="refs-heading">
            <h2 id="refs-heading" className="text-xl">
              References
            </h2>
            <div className="mt-3">
              <ReferenceList references={refs.list} src={src} />
            </div>
          </section>
        </div>
      </div>
    </article>
  );
}

function Solubility({ product, numberOf, src }: { product: ProductDetail; numberOf: (source: { id: number }) => number; src: string }) {
  return (
    <section aria-labelledby="solubility-heading">
      <h2 id="solubility-heading" className="text-xl">
        Solubility
      </h2>
      {product.solubilities.length ? (
        <>
          <div className="mt-3 overflow-x-auto">
            <table className="data-table data-table-stacked max-w-2xl">
              <caption className="sr-only">Solubility of {product.name} by solvent</caption>
              <thead>
                <tr>
                  <th scope="col">Solvent</th>
                  <th scope="col" className="text-right">
                    Max mg/mL
                  </th>
                  <th scope="col" className="text-right">
                    Max mM
                  </th>
                  <th scope="col">Conditions</th>
                  <th scope="col">Source</th>
                </tr>
              </thead>
              <StaticHtml name="solubility" src={src} as="tbody" html={solubilityRowsHtml(product, numberOf)} />
            </table>
          </div>
          <p className="mt-2 text-xs text-ink-muted">
            mM from mg/mL with this salt form&apos;s molecular weight ({formatMw(product.molecularWeight)}). ≥: the source did not reach
            saturation.
          </p>
        </>
      ) : (
        <p className="mt-2">No solubility data yet. Ask our support team about your solvent.</p>
      )}
    </section>
  );
}

function PackSizes({ product, src }: { product: ProductDetail; src: string }) {
  return (
    <section aria-labelledby="packs-heading">
      <h2 id="packs-heading" className="text-xl">
        Pack sizes
      </h2>
      {product.packSizes.length ? (
        <div className="mt-3 overflow-x-auto">
          <table className="data-table max-w-xl">
            <caption className="sr-only">Pack sizes and prices of {product.name}</caption>
            <thead>
              <tr>
                <th scope="col" className={tight}>
                  Pack size
                </th>
                {currencies.map((currency) => (
                  <th key={currency} scope="col" className={`text-right ${tight}`}>
                    <abbr title={currencyNames[currency]} className="no-underline">
                      {currency}
                    </abbr>
                  </th>
                ))}
              </tr>
            </thead>
            <StaticHtml name="pack-sizes" src={src} as="tbody" html={packRowsHtml(product, tight)} />
          </table>
        </div>
      ) : null}
      <p className="mt-2 text-sm text-ink-muted">
        {product.availability ? `${product.availability}. ` : ""}Larger or bulk quantities and other grades are quoted on request.
      </p>
    </section>
  );
}

// Three price columns fit a 390 px phone with narrower cell padding; every price stays on one line.
const tight = "max-sm:px-1.5";
