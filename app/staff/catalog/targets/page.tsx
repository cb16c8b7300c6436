import type { Metadata } from "next";
import Link from "next/link";
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
      <div className="overflow-x-auto rounded-md border border-line bg-white">
        <table className="data-table min-w-[40rem]">
          <caption className="sr-only">Targets</caption>
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">Family</th>
              <th scope="col">Gene</th>
              <th scope="col" className="text-right">
                Products
              </th>
              <th scope="col">
                <span className="sr-only">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {targets.map((t) => (
              <tr key={t.slug}>
                <td>
                  {t.name} <span className="block text-xs text-ink-muted identifier">{t.slug}</span>
                </td>
                <td>{t.family}</td>
                <td className="identifier">{t.geneSymbol ?? "—"}</td>
                <td className="num">{t.activities.length}</td>
                <td>
                  <Link href={`/staff/catalog/targets/${t.slug}`} aria-label={`Edit ${t.name}`}>
                    Edit
                  </Link>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <section className="card bg-white p-4" aria-labelledby="new-target-heading">
        <h2 id="new-target-heading" className="mb-3 text-lg">
          New target
        </h2>
        <TargetForm families={families} />
      </section>
    </div>
  );
}
