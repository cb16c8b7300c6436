import Link from "next/link";
import { ProductCards } from "@/app/_components/product-card";
import { prerenderedByBuild } from "@/lib/cache-tags";
import { getFeaturedProducts } from "@/lib/catalog/products";
import { guideKindLabels, listGuides } from "@/lib/guides/guides";
import { inquiryKindCodes, inquiryKinds } from "@/lib/inquiries/kinds";
import { responsePromise } from "@/lib/inquiries/sla";
import { site } from "@/lib/site";

const offers = [
  {
    title: "Characterised catalog compounds",
    text: "Every product page lists identifiers computed from the structure, potency values with their primary references, and storage guidance.",
    href: "/products",
    cta: "Browse the catalog",
  },
  {
    title: "Quotes for any scale",
    text: "Research packs from milligrams, bulk quantities and GMP-grade material on request, with a written quote and lead time.",
    href: "/quote",
    cta: "Request a quote",
  },
  {
    title: "Custom synthesis and labelling",
    text: "Compounds outside the catalog, new salt forms, and ²H, ¹³C or ¹⁵N isotopic labelling with CoA, NMR, HPLC and MS data.",
    href: "/custom-synthesis",
    cta: "Request custom synthesis",
  },
  {
    title: "PhD scientific support",
    text: "Ask our scientists whether a reagent suits your assay: solvent, concentration, stability, species and cell type.",
    href: "/support",
    cta: "Ask a scientist",
  },
];

// Served from Next's cache, refreshed by the catalog's and the guides' tags (or after 300 s).
export const revalidate = 300;

export default async function HomePage() {
  if (await prerenderedByBuild()) return null;
  const [featured, guides] = await Promise.all([getFeaturedProducts(), listGuides()]);
  return (
    <>
      <section className="border-b border-line bg-brand-wash">
        <div className="container-page py-12 sm:py-16">
          <p className="text-sm font-semibold uppercase tracking-wide text-brand-dark">{site.name}</p>
          <h1 className="mt-2 max-w-3xl text-3xl sm:text-4xl">{site.tagline}</h1>
          <p className="mt-4 max-w-2xl text-lg text-ink-muted">
            Glutamatergic tool compounds for depression and neuropharmacology research — mGlu2/3 receptor ligands, NMDA receptor antagonists
            and AMPA receptor modulators — each with cited pharmacology.
          </p>
          <div className="mt-6 flex flex-wrap gap-3">
            <Link href="/products" className="btn btn-primary">
              Browse the catalog
            </Link>
            <Link href="/guides" className="btn btn-secondary">
              Read the technical guides
            </Link>
          </div>
        </div>
      </section>

      <section aria-labelledby="featured-heading" className="container-page py-10">
        <div className="flex flex-wrap items-baseline justify-between gap-2">
          <h2 id="featured-heading" className="text-2xl">
            Featured products
          </h2>
          <Link href="/products">All products →</Link>
        </div>
        <ProductCards products={featured} className="mt-5 grid gap-4 sm:grid-cols-2 lg:grid-cols-3" src="/" />
      </section>

      <section aria-labelledby="guides-heading" className="container-page pb-10">
        <div className="flex flex-wrap items-baseline justify-between gap-2">
          <h2 id="guides-heading" className="text-2xl">
            Technical guides
          </h2>
          <Link href="/guides">All guides →</Link>
        </div>
        <ul className="mt-5 grid gap-4 lg:grid-cols-3">
          {guides.slice(0, 3).map((guide) => (
            <li key={guide.slug} className="card p-4">
              <p className="text-xs font-semibold uppercase tracking-wide text-brand-dark">{guideKindLabels[guide.kind]}</p>
              <h3 className="mt-1 font-semibold">
                <Link href={`/guides/${guide.slug}`}>{guide.title}</Link>
              </h3>
              <p className="mt-2 text-sm text-ink-muted">{guide.summary}</p>
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="offer-heading" className="border-t border-line bg-wash">
        <div className="container-page py-10">
          <h2 id="offer-heading" className="text-2xl">
            What we offer
          </h2>
          <ul className="mt-5 grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
            {offers.map((offer) => (
              <li key={offer.title} className="card flex flex-col p-4">
                <h3 className="font-semibold">{offer.title}</h3>
                <p className="mt-2 text-sm text-ink-muted">{offer.text}</p>
                <Link href={offer.href} className="mt-auto pt-3 font-semibold">
                  {offer.cta} →
                </Link>
              </li>
            ))}
          </ul>
          <div className="mt-6 max-w-3xl text-sm text-ink-muted">
            <p>Every request gets a reference number at once, and a first answer from our team:</p>
            <ul className="mt-1 list-disc pl-5">
              {inquiryKindCodes.map((kind) => (
                <li key={kind}>
                  {inquiryKinds[kind].label}: {responsePromise(kind)}
                </li>
              ))}
            </ul>
            <p className="mt-1">
              You can also write to <a href={`mailto:${site.email}`}>{site.email}</a>.
            </p>
          </div>
        </div>
      </section>
    </>
  );
}
