import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireStaff } from "@/lib/auth/require-staff";
import { getReferenceForEdit } from "@/lib/catalog/references";
import { CatalogTabs } from "../../catalog-tabs";
import { ReferenceForm } from "../reference-form";

export const metadata: Metadata = { title: "Edit reference" };

export default async function EditReferencePage({ params, searchParams }: PageProps<"/staff/catalog/references/[key]">) {
  await requireStaff("ADMIN");
  const [{ key }, { created }] = await Promise.all([params, searchParams]);
  const reference = await getReferenceForEdit(key);
  if (!reference) notFound();
  const text = (value: string | number | null) => (value === null ? "" : String(value));
  const products = new Map<string, string>();
  for (const p of reference.products) products.set(p.product.catalogNumber, p.product.name);
  for (const a of reference.activities) products.set(a.product.catalogNumber, a.product.name);
  return (
    <div className="space-y-4">
      <CatalogTabs current="references" />
      <Link href="/staff/catalog/references">← References</Link>
      <h1 className="text-2xl">
        Edit <span className="identifier text-2xl">{reference.key}</span>
      </h1>
      {created ? (
        <p role="status" className="rounded-md border border-green-700 bg-green-50 px-3 py-2 text-sm font-medium text-green-900">
          Added {reference.key}. Cite it in guides as [@{reference.key}], or link it from a product&apos;s page.
        </p>
      ) : null}
      <div className="card bg-white p-4">
        <ReferenceForm
          reference={{
            id: reference.id,
            key: reference.key,
            authors: text(reference.authors),
            title: reference.title,
            journal: text(reference.journal),
            year: text(reference.year),
            volume: text(reference.volume),
            pages: text(reference.pages),
            pmid: text(reference.pmid),
            doi: text(reference.doi),
            url: text(reference.url),
          }}
        />
      </div>
      <section aria-labelledby="cited-heading" className="space-y-2">
        <h2 id="cited-heading" className="text-lg">
          Cited by
        </h2>
        {products.size || reference.guideReferences.length ? (
          <ul className="list-disc space-y-1 pl-6 text-sm">
            {[...products].map(([catalogNumber, name]) => (
              <li key={catalogNumber}>
                <Link href={`/staff/catalog/${catalogNumber}`}>{name}</Link> <span className="identifier">{catalogNumber}</span>
              </li>
            ))}
            {reference.guideReferences.map((g) => (
              <li key={g.guide.slug}>
                Guide <Link href={`/staff/guides/${g.guide.slug}`}>{g.guide.title}</Link> (reference [{g.position}])
              </li>
            ))}
          </ul>
        ) : (
          <p className="text-sm text-ink-muted">Nothing cites it yet.</p>
        )}
      </section>
    </div>
  );
}
