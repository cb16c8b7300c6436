import type { Metadata } from "next";
import Link from "next/link";
import { DataTable, ReferenceLink } from "@/app/_components/staff/data-table";
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
        <DataTable
          caption={`Activities at ${target.name}`}
          minWidth="min-w-[36rem]"
          rows={target.activities}
          rowKey={(a) => a.id}
          empty="No product records an activity at this target yet."
          columns={[
            {
              header: "Product",
              cell: (a) => (
                <>
                  <Link href={`/staff/catalog/${a.product.catalogNumber}`}>{a.product.name}</Link>{" "}
                  <span className="identifier">{a.product.catalogNumber}</span>
                </>
              ),
            },
            { header: "Mechanism", cell: (a) => a.mechanism.name },
            {
              header: "Potency",
              className: "whitespace-nowrap",
              cell: (a) => (
                <>
                  {a.value !== null ? `${a.measure ?? ""} ${a.relation ?? ""}${a.value} ${a.unit ?? ""}` : "—"}
                  {a.species ? <span className="text-ink-muted"> ({a.species})</span> : null}
                </>
              ),
            },
            { header: "Source", cell: (a) => <ReferenceLink referenceKey={a.reference.key} /> },
          ]}
        />
      </section>
    </div>
  );
}
