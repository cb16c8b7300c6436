import type { Metadata } from "next";
import { DataTable, EditLink } from "@/app/_components/staff/data-table";
import { requireStaff } from "@/lib/auth/require-staff";
import { listTargets } from "@/lib/catalog/targets";
import { CatalogTabs } from "../catalog-tabs";
import { TargetForm } from "./target-form";

export const metadata: Metadata = { title: "Targets" };

export default async function TargetsPage() {
  await requireStaff("ADMIN");
  const targets = await listTargets();
  const families = [...new Set(targets.map((t) => t.family))];
  return (
    <div className="space-y-4">
      <CatalogTabs current="targets" />
      <div>
        <h1 className="text-2xl">Targets</h1>
        <p className="mt-1 text-sm text-ink-muted">
          Receptors, channels and enzymes the catalog&apos;s activities refer to; the catalog filter and data sheets show them.
        </p>
      </div>
      <p role="status" className="text-sm text-ink-muted">
        {targets.length} target{targets.length === 1 ? "" : "s"}
      </p>
      <DataTable
        caption="Targets"
        minWidth="min-w-[40rem]"
        rows={targets}
        rowKey={(t) => t.slug}
        empty="No targets yet: add the first below."
        columns={[
          {
            header: "Name",
            cell: (t) => (
              <>
                {t.name} <span className="block text-xs text-ink-muted identifier">{t.slug}</span>
              </>
            ),
          },
          { header: "Family", cell: (t) => t.family },
          { header: "Gene", className: "identifier", cell: (t) => t.geneSymbol ?? "—" },
          { header: "Products", numeric: true, className: "num", cell: (t) => t.activities.length },
          { header: "Actions", srOnly: true, cell: (t) => <EditLink href={`/staff/catalog/targets/${t.slug}`} name={t.name} /> },
        ]}
      />
      <section className="card bg-white p-4" aria-labelledby="new-target-heading">
        <h2 id="new-target-heading" className="mb-3 text-lg">
          New target
        </h2>
        <TargetForm families={families} />
      </section>
    </div>
  );
}
