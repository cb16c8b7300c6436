import type { Metadata } from "next";
import Link from "next/link";
import { formatDateTime } from "@/app/_components/format-date";
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
      <div className="overflow-x-auto rounded-md border border-line bg-white">
        <table className="data-table min-w-[48rem]">
          <caption className="sr-only">Audit log entries</caption>
          <thead>
            <tr>
              <th scope="col">When</th>
              <th scope="col">Who</th>
              <th scope="col">Inquiry</th>
              <th scope="col">What</th>
              <th scope="col">Before → after</th>
            </tr>
          </thead>
          <tbody>
            {entries.map((entry) => (
              <tr key={entry.id}>
                <td className="text-sm whitespace-nowrap">{formatDateTime(entry.createdAt)}</td>
                <td className="text-sm">{entry.actor?.name ?? "System"}</td>
                <td className="text-sm">
                  {entry.inquiry ? (
                    <Link href={`/staff/inquiries/${entry.inquiry.reference}`} className="identifier">
                      {entry.inquiry.reference}
                    </Link>
                  ) : (
                    "—"
                  )}
                </td>
                <td className="text-sm">{describeAudit(entry, names)}</td>
                <td className="max-w-md text-xs break-words">
                  <code>{entry.before ? JSON.stringify(entry.before) : "—"}</code> →{" "}
                  <code>{entry.after ? JSON.stringify(entry.after) : "—"}</code>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {entries.length === PAGE && last ? (
        <Link href={`/staff/audit?before=${encodeURIComponent(last.createdAt.toISOString())}`}>Older entries →</Link>
      ) : null}
    </div>
  );
}
