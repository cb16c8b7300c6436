import type { Metadata } from "next";
import Link from "next/link";
import { formatDateTime } from "@/app/_components/format-date";
import { PageHeader } from "@/app/_components/staff/list-page";
import { DataTable, EditLink } from "@/app/_components/staff/data-table";
import { requireStaff } from "@/lib/auth/require-staff";
import { guideKindLabels } from "@/lib/guides/guides";
import { listGuidesForStaff } from "@/lib/guides/save-guide";

export const metadata: Metadata = { title: "Guides" };

export default async function StaffGuidesPage() {
  await requireStaff("ADMIN");
  const guides = await listGuidesForStaff();
  return (
    <div className="space-y-4">
      <PageHeader title="Guides">
        <Link href="/staff/guides/new" className="btn btn-primary">
          New guide
        </Link>
      </PageHeader>
      <p className="text-sm text-ink-muted">
        Technical guides in Markdown. Saving checks every citation and product against the catalog and refreshes the published page.
      </p>
      <DataTable
        caption="Guides"
        minWidth="min-w-[44rem]"
        rows={guides}
        rowKey={(g) => g.slug}
        empty="No guides yet."
        columns={[
          {
            header: "Title",
            cell: (g) => (
              <>
                {g.title}
                <span className="block text-xs">
                  <Link href={`/guides/${g.slug}`}>/guides/{g.slug}</Link>
                </span>
              </>
            ),
          },
          { header: "Kind", cell: (g) => guideKindLabels[g.kind] },
          { header: "Products", numeric: true, className: "num", cell: (g) => g._count.products },
          { header: "References", numeric: true, className: "num", cell: (g) => g._count.references },
          { header: "Last saved", className: "text-sm whitespace-nowrap", cell: (g) => formatDateTime(g.updatedAt) },
          { header: "Actions", srOnly: true, cell: (g) => <EditLink href={`/staff/guides/${g.slug}`} name={g.title} /> },
        ]}
      />
    </div>
  );
}
