import type { Metadata } from "next";
import Link from "next/link";
import { inputClass } from "@/app/_components/forms/field";
import { PageHeader } from "@/app/_components/staff/list-page";
import { DataTable, EditLink } from "@/app/_components/staff/data-table";
import { FindForm } from "@/app/_components/staff/form-row";
import { requireStaff } from "@/lib/auth/require-staff";
import { parseCatalogQuery } from "@/lib/catalog/catalog-query";
import { listReferences } from "@/lib/catalog/references";
import { CatalogTabs } from "../catalog-tabs";

export const metadata: Metadata = { title: "References" };

export default async function ReferencesPage({ searchParams }: PageProps<"/staff/catalog/references">) {
  await requireStaff("ADMIN");
  const { q } = parseCatalogQuery(await searchParams);
  const { references, total } = await listReferences({ q });
  return (
    <div className="space-y-4">
      <CatalogTabs current="references" />
      <PageHeader title="References">
        <Link href="/staff/catalog/references/new" className="btn btn-primary">
          New reference
        </Link>
      </PageHeader>
      <p className="text-sm text-ink-muted">
        Sources cited by data sheets, potency values and guides. Each DOI and PubMed id is recorded once.
      </p>
      <FindForm
        id="reference-q"
        name="Find a reference"
        label="Key, title, author, DOI or PubMed id"
        placeholder="Key, title, author, DOI or PMID"
        value={q}
        inputClassName={inputClass}
      />
      <p role="status" className="text-sm text-ink-muted">
        {total} reference{total === 1 ? "" : "s"}
        {total > references.length ? `, the first ${references.length} shown` : ""}
      </p>
      <DataTable
        caption="References"
        minWidth="min-w-[48rem]"
        rows={references}
        rowKey={(r) => r.id}
        empty={q ? "No reference matches this search." : "No references yet."}
        columns={[
          { header: "Key", className: "identifier", cell: (r) => r.key },
          {
            header: "Source",
            cell: (r) => (
              <>
                <span className="font-medium">{r.title}</span>
                <span className="block text-xs text-ink-muted">{[r.authors, r.journal, r.year].filter(Boolean).join(" · ")}</span>
              </>
            ),
          },
          {
            header: "Identifiers",
            className: "text-xs",
            cell: (r) => (
              <>
                {r.doi ? <span className="block identifier">doi:{r.doi}</span> : null}
                {r.pmid ? <span className="block identifier">PMID {r.pmid}</span> : null}
                {!r.doi && !r.pmid && r.url ? <span className="block">web page</span> : null}
              </>
            ),
          },
          {
            header: "Cited by",
            className: "text-xs whitespace-nowrap",
            cell: (r) =>
              [
                r._count.products ? `${r._count.products} data sheet${r._count.products === 1 ? "" : "s"}` : null,
                r._count.activities ? `${r._count.activities} potenc${r._count.activities === 1 ? "y" : "ies"}` : null,
                r._count.guideReferences ? `${r._count.guideReferences} guide${r._count.guideReferences === 1 ? "" : "s"}` : null,
              ]
                .filter(Boolean)
                .join(", ") || "—",
          },
          { header: "Actions", srOnly: true, cell: (r) => <EditLink href={`/staff/catalog/references/${r.key}`} name={r.key} /> },
        ]}
      />
    </div>
  );
}
