import type { Metadata } from "next";
import Link from "next/link";
import { formatDateTime } from "@/app/_components/format-date";
import { requireStaff } from "@/lib/auth/require-staff";
import { guideKindLabels } from "@/lib/guides/guides";
import { listGuidesForStaff } from "@/lib/guides/save-guide";

export const metadata: Metadata = { title: "Guides" };

export default async function StaffGuidesPage() {
  await requireStaff("ADMIN");
  const guides = await listGuidesForStaff();
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-baseline justify-between gap-3">
        <h1 className="text-2xl">Guides</h1>
        <Link href="/staff/guides/new" className="btn btn-primary">
          New guide
        </Link>
      </div>
      <p className="text-sm text-ink-muted">
        Technical guides in Markdown. Saving checks every citation and product against the catalog and refreshes the published page.
      </p>
      <div className="overflow-x-auto rounded-md border border-line bg-white">
        <table className="data-table min-w-[44rem]">
          <caption className="sr-only">Guides</caption>
          <thead>
            <tr>
              <th scope="col">Title</th>
              <th scope="col">Kind</th>
              <th scope="col" className="text-right">
                Products
              </th>
              <th scope="col" className="text-right">
                References
              </th>
              <th scope="col">Last saved</th>
              <th scope="col">
                <span className="sr-only">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {guides.map((g) => (
              <tr key={g.slug}>
                <td>
                  {g.title}
                  <span className="block text-xs">
                    <Link href={`/guides/${g.slug}`}>/guides/{g.slug}</Link>
                  </span>
                </td>
                <td>{guideKindLabels[g.kind]}</td>
                <td className="num">{g._count.products}</td>
                <td className="num">{g._count.references}</td>
                <td className="text-sm whitespace-nowrap">{formatDateTime(g.updatedAt)}</td>
                <td>
                  <Link href={`/staff/guides/${g.slug}`} aria-label={`Edit ${g.title}`}>
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
