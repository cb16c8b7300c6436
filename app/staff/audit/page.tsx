import type { Metadata } from "next";
import Link from "next/link";
import { formatDateTime } from "@/app/_components/format-date";
import { DataTable } from "@/app/_components/staff/data-table";
import { requireStaff } from "@/lib/auth/require-staff";
import { listStaff } from "@/lib/auth/staff-members";
import { listAuditLog } from "@/lib/core/audit";
import { parseAuditQuery } from "@/lib/triage/audit-query";
import { describeAudit } from "@/lib/triage/audit-text";

export const metadata: Metadata = { title: "Audit log" };

const PAGE = 100;

export default async function AuditPage({ searchParams }: PageProps<"/staff/audit">) {
  await requireStaff("ADMIN");
  const { before, ignored } = parseAuditQuery(await searchParams);
  const [entries, team] = await Promise.all([listAuditLog({ limit: PAGE, before }), listStaff()]);
  const names = new Map(team.map((s) => [s.id, s.name]));
  const last = entries.at(-1);
  return (
    <div className="space-y-4">
      <h1 className="text-2xl">Audit log</h1>
      <p className="text-sm text-ink-muted">Every staff action, newest first, with the values before and after.</p>
      {ignored ? (
        <p className="text-sm text-ink-muted">The date in this link was not understood, so the newest entries are shown.</p>
      ) : null}
      <DataTable
        caption="Audit log entries"
        minWidth="min-w-[48rem]"
        rows={entries}
        rowKey={(entry) => entry.id}
        empty={before ? "No entries before this date." : "Nothing has been recorded yet."}
        columns={[
          { header: "When", className: "text-sm whitespace-nowrap", cell: (entry) => formatDateTime(entry.createdAt) },
          { header: "Who", className: "text-sm", cell: (entry) => entry.actor?.name ?? "System" },
          {
            header: "Inquiry",
            className: "text-sm",
            cell: (entry) =>
              entry.inquiry ? (
                <Link href={`/staff/inquiries/${entry.inquiry.reference}`} className="identifier">
                  {entry.inquiry.reference}
                </Link>
              ) : (
                "—"
              ),
          },
          { header: "What", className: "text-sm", cell: (entry) => describeAudit(entry, names) },
          {
            header: "Before → after",
            className: "max-w-md text-xs break-words",
            cell: (entry) => (
              <>
                <code>{entry.before ? JSON.stringify(entry.before) : "—"}</code> →{" "}
                <code>{entry.after ? JSON.stringify(entry.after) : "—"}</code>
              </>
            ),
          },
        ]}
      />
      {entries.length === PAGE && last ? (
        <Link href={`/staff/audit?before=${encodeURIComponent(last.createdAt.toISOString())}`}>Older entries →</Link>
      ) : null}
    </div>
  );
}
