import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireStaff } from "@/lib/auth/require-staff";
import { getTargetForEdit, listTargets } from "@/lib/catalog/targets";
import { CatalogTabs } from "../../catalog-tabs";
import { TargetForm } from "../target-form";

export const metadata: Metadata = { title: "Edit target" };

export default async function EditTargetPage({ params }: PageProps<"/staff/catalog/targets/[slug]">) {
  await requireStaff("ADMIN");
  const { slug } = await params;
  const [target, all] = await Promise.all([getTargetForEdit(slug), listTargets()]);
  if (!target) notFound();
  return (
    <div className="space-y-4">
      <CatalogTabs current="targets" />
      <Link href="/staff/catalog/targets">← Targets</Link>
      <h1 className="text-2xl">
        Edit {target.name} <span className="identifier text-base text-ink-muted">{target.slug}</span>
      </h1>
      <div className="card bg-white p-4">
        <TargetForm
          target={{ id: target.id, slug: target.slug, name: target.name, family: target.family, geneSymbol: target.geneSymbol ?? "" }}
          families={[...new Set(all.map((t) => t.family))]}
        />
      </div>
      <section aria-labelledby="activities-heading" className="space-y-2">
        <h2 id="activities-heading" className="text-lg">
          Products acting at {target.name}
        </h2>
        {target.activities.length ? (
          <div className="overflow-x-auto rounded-md border border-line bg-white">
            <table className="data-table min-w-[36rem]">
              <caption className="sr-only">Activities at {target.name}</caption>
              <thead>
                <tr>
                  <th scope="col">Product</th>
                  <th scope="col">Mechanism</th>
                  <th scope="col">Potency</th>
                  <th scope="col">Source</th>
                </tr>
              </thead>
              <tbody>
                {target.activities.map((a) => (
                  <tr key={a.id}>
                    <td>
                      <Link href={`/staff/catalog/${a.product.catalogNumber}`}>{a.product.name}</Link>{" "}
                      <span className="identifier">{a.product.catalogNumber}</span>
                    </td>
                    <td>{a.mechanism.name}</td>
                    <td className="whitespace-nowrap">
                      {a.value !== null ? `${a.measure ?? ""} ${a.relation ?? ""}${a.value} ${a.unit ?? ""}` : "—"}
                      {a.species ? <span className="text-ink-muted"> ({a.species})</span> : null}
                    </td>
                    <td>
                      <Link href={`/staff/catalog/references/${a.reference.key}`} className="identifier">
                        {a.reference.key}
                      </Link>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ) : (
          <p className="text-sm text-ink-muted">No product records an activity at this target yet.</p>
        )}
      </section>
    </div>
  );
}
