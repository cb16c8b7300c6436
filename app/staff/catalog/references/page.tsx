import type { Metadata } from "next";
import Link from "next/link";
import { inputClass } from "@/app/_components/forms/field";
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
      <div className="flex flex-wrap items-baseline justify-between gap-3">
        <h1 className="text-2xl">References</h1>
        <Link href="/staff/catalog/references/new" className="btn btn-primary">
          New reference
        </Link>
      </div>
      <p className="text-sm text-ink-muted">
        Sources cited by data sheets, potency values and guides. Each DOI and PubMed id is recorded once.
      </p>
      <form method="get" role="search" aria-label="Find a reference" className="flex max-w-xl gap-2">
        <label htmlFor="reference-q" className="sr-only">
          Key, title, author, DOI or PubMed id
        </label>
        <input
          id="reference-q"
          name="q"
          type="search"
          defaultValue={q ?? ""}
          placeholder="Key, title, author, DOI or PMID"
          className={inputClass}
        />
        <button type="submit" className="btn btn-secondary">
          Find
        </button>
      </form>
      <p role="status" className="text-sm text-ink-muted">
        {total} reference{total === 1 ? "" : "s"}
        {total > references.length ? `, the first ${references.length} shown` : ""}
      </p>
      <div className="overflow-x-auto rounded-md border border-line bg-white">
        <table className="data-table min-w-[48rem]">
          <caption className="sr-only">References</caption>
          <thead>
            <tr>
              <th scope="col">Key</th>
              <th scope="col">Source</th>
              <th scope="col">Identifiers</th>
              <th scope="col">Cited by</th>
              <th scope="col">
                <span className="sr-only">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {references.map((r) => (
              <tr key={r.id}>
                <td className="identifier">{r.key}</td>
                <td>
                  <span className="font-medium">{r.title}</span>
                  <span className="block text-xs text-ink-muted">{[r.authors, r.journal, r.year].filter(Boolean).join(" · ")}</span>
                </td>
                <td className="text-xs">
                  {r.doi ? <span className="block identifier">doi:{r.doi}</span> : null}
                  {r.pmid ? <span className="block identifier">PMID {r.pmid}</span> : null}
                  {!r.doi && !r.pmid && r.url ? <span className="block">web page</span> : null}
                </td>
                <td className="text-xs whitespace-nowrap">
                  {[
                    r._count.products ? `${r._count.products} data sheet${r._count.products === 1 ? "" : "s"}` : null,
                    r._count.activities ? `${r._count.activities} potenc${r._count.activities === 1 ? "y" : "ies"}` : null,
                    r._count.guideReferences ? `${r._count.guideReferences} guide${r._count.guideReferences === 1 ? "" : "s"}` : null,
                  ]
                    .filter(Boolean)
                    .join(", ") || "—"}
                </td>
                <td>
                  <Link href={`/staff/catalog/references/${r.key}`} aria-label={`Edit ${r.key}`}>
                    Edit
                  </Link>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
