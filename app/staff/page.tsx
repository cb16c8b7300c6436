import type { Metadata } from "next";
import Link from "next/link";
import { connection } from "next/server";
import { formatDateTime } from "@/app/_components/format-date";
import { KindBadge, kindShort } from "@/app/_components/staff/badges";
import { HorizontalBarChart, LineChart, StackedBarChart, type ChartColumn, type ChartSeries } from "@/app/_components/staff/charts";
import { requireStaff } from "@/lib/auth/require-staff";
import type { InquiryKind } from "@/lib/generated/prisma/enums";
import { durationAxis, formatHours } from "@/lib/triage/chart-axis";
import { DASHBOARD_WEEKS, getDashboard, type WeekValues } from "@/lib/triage/dashboard";
import { inboxHref, parseInboxQuery } from "@/lib/triage/inbox-query";
import { formatDuration } from "@/lib/inquiries/sla";
import { statusLabels } from "@/lib/inquiries/status";

export const metadata: Metadata = { title: "Dashboard" };

// Each at least 3:1 against white; blue, orange and near-black stay apart under the common colour
// vision deficiencies, and the line chart adds a marker shape and dash per kind.
const kindSeries: ChartSeries<InquiryKind>[] = [
  { key: "QUOTE", label: kindShort.QUOTE, color: "#0b5c7a" },
  { key: "CUSTOM_SYNTHESIS", label: kindShort.CUSTOM_SYNTHESIS, color: "#d97706" },
  { key: "SUPPORT", label: kindShort.SUPPORT, color: "#1f2937" },
];

const shortDate = (date: Date) => date.toLocaleDateString("en-GB", { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" });

/** Weeks as the x axis prints them: the Monday's day, with the month under the first week of each month. */
function weekColumns<V>(weeks: WeekValues<V>[]): ChartColumn<Record<InquiryKind, V>>[] {
  return weeks.map(({ week, values }, i) => {
    const monday = new Date(`${week}T00:00:00Z`);
    const newMonth = i === 0 || weeks[i - 1]?.week.slice(0, 7) !== week.slice(0, 7);
    const month = monday.toLocaleDateString("en-GB", { month: "short", timeZone: "UTC" });
    return {
      label: `Week of ${shortDate(monday)}`,
      tick: newMonth ? [String(monday.getUTCDate()), month] : [String(monday.getUTCDate())],
      values,
    };
  });
}

function receivedSummary(weeks: WeekValues<number>[]) {
  const totals = weeks.map((w) => ({ week: w.week, total: kindSeries.reduce((sum, s) => sum + w.values[s.key], 0) }));
  const total = totals.reduce((sum, w) => sum + w.total, 0);
  if (total === 0) return `No inquiries received in the last ${DASHBOARD_WEEKS} weeks.`;
  const byKind = kindSeries.map((s) => `${s.label} ${weeks.reduce((sum, w) => sum + w.values[s.key], 0)}`).join(", ");
  const busiest = totals.reduce((best, w) => (w.total > best.total ? w : best));
  return `${total} inquiries received in the last ${DASHBOARD_WEEKS} weeks (${byKind}); the most, ${busiest.total}, in the week of ${shortDate(new Date(`${busiest.week}T00:00:00Z`))}.`;
}

function medianSummary(weeks: WeekValues<number | null>[]) {
  const latest = kindSeries.map((s) => {
    const week = weeks.findLast((w) => w.values[s.key] !== null);
    const hours = week?.values[s.key];
    return week && hours != null
      ? `${s.label} ${formatHours(hours)} in the week of ${shortDate(new Date(`${week.week}T00:00:00Z`))}`
      : `${s.label}: no replies`;
  });
  return `Median time from receipt to first reply, by the week of the reply; weeks without replies are gaps. Latest: ${latest.join("; ")}.`;
}

export default async function DashboardPage() {
  await requireStaff();
  // Staff data changes all the time: render on every request, never from a cache.
  await connection();
  const now = new Date();
  const { today, receivedPerWeek, medianHoursPerWeek, openByStatus, overdue, totals } = await getDashboard({ now });

  const inbox = parseInboxQuery({});
  const day = today.toISOString().slice(0, 10);
  const tiles = [
    { label: "Open", value: totals.open, href: "/staff/inquiries" },
    { label: "Unassigned (open)", value: totals.unassigned, href: inboxHref(inbox, { assignee: "unassigned" }) },
    { label: "Overdue", value: totals.overdue, href: inboxHref(inbox, { overdue: "1" }) },
    { label: "New today", value: totals.newToday, href: inboxHref(inbox, { status: "NEW", from: day, to: day }) },
  ];
  const statusBars = openByStatus.map(({ status, count }) => ({
    label: statusLabels[status],
    value: count,
    href: inboxHref(inbox, { status }),
  }));

  return (
    <div className="space-y-6">
      <h1 className="text-2xl">Dashboard</h1>

      <ul className="grid grid-cols-2 gap-3 sm:grid-cols-4">
        {tiles.map((tile) => (
          <li key={tile.label}>
            <Link href={tile.href} className="card flex h-full flex-col p-3 no-underline hover:bg-brand-wash">
              <span className="text-2xl font-bold text-ink tabular-nums">{tile.value}</span>
              <span className="text-sm text-brand">{tile.label}</span>
            </Link>
          </li>
        ))}
      </ul>

      <div className="grid gap-4 lg:grid-cols-2">
        <section aria-labelledby="received-heading" className="card min-w-0 space-y-3 p-4">
          <h2 id="received-heading" className="text-lg">
            Inquiries per week (last {DASHBOARD_WEEKS} weeks)
          </h2>
          <StackedBarChart
            id="received-chart"
            title={`Inquiries received per week by kind, last ${DASHBOARD_WEEKS} weeks`}
            summary={receivedSummary(receivedPerWeek)}
            xLabel="Week starting (Monday, UTC)"
            yLabel="Inquiries"
            series={kindSeries}
            columns={weekColumns(receivedPerWeek)}
          />
        </section>

        <section aria-labelledby="status-heading" className="card min-w-0 space-y-3 p-4">
          <h2 id="status-heading" className="text-lg">
            Open inquiries by status
          </h2>
          <HorizontalBarChart
            id="status-chart"
            title="Open inquiries by status"
            summary={`${totals.open} open inquiries: ${openByStatus.map((s) => `${statusLabels[s.status]} ${s.count}`).join(", ")}.`}
            categoryLabel="Status"
            valueLabel="Open inquiries"
            bars={statusBars}
          />
        </section>

        <section aria-labelledby="median-heading" className="card min-w-0 space-y-3 p-4">
          <h2 id="median-heading" className="text-lg">
            Median first-response time by kind
          </h2>
          <LineChart
            id="median-chart"
            title={`Median first-response time by kind, per week of the reply, last ${DASHBOARD_WEEKS} weeks`}
            summary={medianSummary(medianHoursPerWeek)}
            xLabel="Week of first reply (Monday, UTC)"
            yLabel="Time to first reply"
            series={kindSeries}
            columns={weekColumns(medianHoursPerWeek)}
            formatValue={formatHours}
            axis={durationAxis}
            missing="no replies"
          />
        </section>

        <section aria-labelledby="overdue-heading" className="card min-w-0 space-y-3 p-4">
          <h2 id="overdue-heading" className="text-lg">
            Overdue
          </h2>
          {overdue.length === 0 ? (
            <p className="text-ink-muted">Nothing is overdue.</p>
          ) : (
            <>
              <div className="overflow-x-auto">
                <table className="data-table min-w-[32rem]">
                  <caption className="sr-only">Overdue inquiries, oldest due first</caption>
                  <thead>
                    <tr>
                      <th scope="col">Reference</th>
                      <th scope="col">Requester</th>
                      <th scope="col">Assignee</th>
                      <th scope="col">Due</th>
                    </tr>
                  </thead>
                  <tbody>
                    {overdue.map((inquiry) => (
                      <tr key={inquiry.reference}>
                        <td>
                          <Link href={`/staff/inquiries/${inquiry.reference}`} className="identifier font-semibold">
                            {inquiry.reference}
                          </Link>
                          <div className="mt-1">
                            <KindBadge kind={inquiry.kind} />
                          </div>
                        </td>
                        <td>
                          <div className="font-medium">{inquiry.name}</div>
                          <div className="text-sm text-ink-muted">{inquiry.institution}</div>
                        </td>
                        <td className="text-sm">{inquiry.assignee?.name ?? <span className="text-ink-muted">Unassigned</span>}</td>
                        <td className="text-sm">
                          <time dateTime={inquiry.firstResponseDueAt.toISOString()}>{formatDateTime(inquiry.firstResponseDueAt)}</time>
                          <span className="block text-xs text-ink-muted">
                            {formatDuration(now.getTime() - inquiry.firstResponseDueAt.getTime())} late
                          </span>
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
              {totals.overdue > overdue.length ? (
                <p className="text-sm">
                  The {overdue.length} due longest ago of {totals.overdue}.{" "}
                  <Link href={inboxHref(inbox, { overdue: "1", sort: "due" })}>See all overdue inquiries</Link>
                </p>
              ) : null}
            </>
          )}
        </section>
      </div>
    </div>
  );
}
