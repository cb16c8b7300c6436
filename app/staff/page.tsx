import type { Metadata } from "next";
import Link from "next/link";
import { connection } from "next/server";
import { formatDateTime } from "@/app/_components/format-date";
import { KindBadge } from "@/app/_components/staff/badges";
import { DataTable } from "@/app/_components/staff/data-table";
import { HorizontalBarChart, LineChart, StackedBarChart, type ChartColumn, type ChartSeries } from "@/app/_components/staff/charts";
import { requireStaff } from "@/lib/auth/require-staff";
import type { InquiryKind } from "@/lib/generated/prisma/enums";
import { durationAxis, formatHours } from "@/lib/triage/chart-axis";
import { currencies, formatMoney } from "@/lib/core/money";
import {
  DASHBOARD_WEEKS,
  getDashboard,
  getQuoteFigures,
  QUOTE_MONTHS,
  type QuoteFigures,
  type QuoteMonth,
  type WeekValues,
} from "@/lib/triage/dashboard";
import { inboxHref, parseInboxQuery } from "@/lib/triage/inbox-query";
import { formatDuration } from "@/lib/inquiries/sla";
import { inquiryKindCodes, inquiryKinds } from "@/lib/inquiries/kinds";
import { statusLabels } from "@/lib/inquiries/status";

export const metadata: Metadata = { title: "Dashboard" };

// Colours from the registry; the line chart adds a marker shape and dash per kind.
const kindSeries: ChartSeries<InquiryKind>[] = inquiryKindCodes.map((key) => ({
  key,
  label: inquiryKinds[key].shortLabel,
  color: inquiryKinds[key].chartColor,
}));

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

type Outcome = "accepted" | "declined" | "open";
// Green for won, grey for lost, the brand blue for quotes still open or lapsed; each at least 3:1 on white.
const outcomeSeries: ChartSeries<Outcome>[] = [
  { key: "accepted", label: "Accepted", color: "#15803d" },
  { key: "declined", label: "Declined", color: "#57534e" },
  { key: "open", label: "No answer yet or expired", color: "#0b5c7a" },
];

const monthName = (month: string, style: "short" | "long" = "short") =>
  new Date(`${month}-01T00:00:00Z`).toLocaleDateString("en-GB", { month: style, year: "numeric", timeZone: "UTC" });

function monthColumns(months: QuoteMonth[]): ChartColumn<Record<Outcome, number>>[] {
  return months.map((m, i) => {
    const [year = "", monthNumber = ""] = m.month.split("-");
    const short = new Date(`${m.month}-01T00:00:00Z`).toLocaleDateString("en-GB", { month: "short", timeZone: "UTC" });
    return {
      label: monthName(m.month, "long"),
      tick: i === 0 || monthNumber === "01" ? [short, year] : [short],
      values: { accepted: m.accepted, declined: m.declined, open: m.sent - m.accepted - m.declined },
    };
  });
}

const percent = (rate: number | null) => (rate === null ? "—" : `${Math.round(rate * 1000) / 10}%`);

/** Each currency's sum on its own line; never added across currencies. */
function MoneyCell({ values }: { values: QuoteMonth["sentValue"] }) {
  const nonZero = currencies.filter((c) => values[c] !== 0);
  if (!nonZero.length) return <span className="text-ink-muted">—</span>;
  return (
    <>
      {nonZero.map((c) => (
        <span key={c} className="block whitespace-nowrap">
          {formatMoney(values[c], c)}
        </span>
      ))}
    </>
  );
}

function quoteSummary({ total, months }: QuoteFigures) {
  if (total.sent === 0) return `No quotes sent in the last ${QUOTE_MONTHS} months.`;
  const busiest = months.reduce((best, m) => (m.sent > best.sent ? m : best));
  return `${total.sent} quotes sent in the last ${QUOTE_MONTHS} months: ${total.accepted} accepted, ${total.declined} declined, a conversion rate of ${percent(total.conversion)}; the most, ${busiest.sent}, in ${monthName(busiest.month, "long")}.`;
}

export default async function DashboardPage() {
  await requireStaff();
  // Staff data changes all the time: render on every request, never from a cache.
  await connection();
  const now = new Date();
  const [{ today, receivedPerWeek, medianHoursPerWeek, openByStatus, overdue, totals }, quotes] = await Promise.all([
    getDashboard({ now }),
    getQuoteFigures({ now }),
  ]);

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
          <DataTable
            caption="Overdue inquiries, oldest due first"
            minWidth="min-w-[32rem]"
            framed={false}
            rows={overdue}
            rowKey={(inquiry) => inquiry.reference}
            empty="Nothing is overdue."
            columns={[
              {
                header: "Reference",
                cell: (inquiry) => (
                  <>
                    <Link href={`/staff/inquiries/${inquiry.reference}`} className="identifier font-semibold">
                      {inquiry.reference}
                    </Link>
                    <div className="mt-1">
                      <KindBadge kind={inquiry.kind} />
                    </div>
                  </>
                ),
              },
              {
                header: "Requester",
                cell: (inquiry) => (
                  <>
                    <div className="font-medium">{inquiry.name}</div>
                    <div className="text-sm text-ink-muted">{inquiry.institution}</div>
                  </>
                ),
              },
              {
                header: "Assignee",
                className: "text-sm",
                cell: (inquiry) => inquiry.assignee?.name ?? <span className="text-ink-muted">Unassigned</span>,
              },
              {
                header: "Due",
                className: "text-sm",
                cell: (inquiry) => (
                  <>
                    <time dateTime={inquiry.firstResponseDueAt.toISOString()}>{formatDateTime(inquiry.firstResponseDueAt)}</time>
                    <span className="block text-xs text-ink-muted">
                      {formatDuration(now.getTime() - inquiry.firstResponseDueAt.getTime())} late
                    </span>
                  </>
                ),
              },
            ]}
          />
          {totals.overdue > overdue.length ? (
            <p className="text-sm">
              The {overdue.length} due longest ago of {totals.overdue}.{" "}
              <Link href={inboxHref(inbox, { overdue: "1", sort: "due" })}>See all overdue inquiries</Link>
            </p>
          ) : null}
        </section>

        <section aria-labelledby="quotes-heading" className="card min-w-0 space-y-3 p-4 lg:col-span-2">
          <h2 id="quotes-heading" className="text-lg">
            Quotes per month (last {QUOTE_MONTHS} months)
          </h2>
          <p className="text-sm text-ink-muted">
            By the month each quote was first sent; a revision counts with its quote. Accepted and declined are answers to that month&apos;s
            quotes, so a recent month&apos;s rate still rises. Values are the quoted totals, per currency, never converted.
          </p>
          <div className="grid gap-4 lg:grid-cols-2">
            <div className="min-w-0">
              <StackedBarChart
                id="quotes-chart"
                title={`Quotes sent per month by answer, last ${QUOTE_MONTHS} months`}
                summary={quoteSummary(quotes)}
                xLabel="Month first sent (UTC)"
                yLabel="Quotes sent"
                series={outcomeSeries}
                columns={monthColumns(quotes.months)}
              />
            </div>
            <div className="min-w-0 space-y-4">
              <DataTable
                caption="Quote figures per month"
                captionClassName="text-left font-semibold"
                minWidth="min-w-[36rem]"
                tableClassName="text-sm"
                framed={false}
                rows={[...quotes.months, quotes.total]}
                rowKey={(m) => m.month}
                rowClassName={(m) => (m === quotes.total ? "font-semibold" : undefined)}
                empty={null}
                columns={[
                  {
                    header: "Month",
                    rowHeader: true,
                    className: (m) => (m === quotes.total ? undefined : "font-normal"),
                    cell: (m) => (m === quotes.total ? "All months" : monthName(m.month)),
                  },
                  { header: "Sent", numeric: true, className: "num", cell: (m) => m.sent },
                  { header: "Accepted", numeric: true, className: "num", cell: (m) => m.accepted },
                  { header: "Declined", numeric: true, className: "num", cell: (m) => m.declined },
                  { header: "Conversion", numeric: true, className: "num", cell: (m) => percent(m.conversion) },
                  { header: "Value sent", numeric: true, className: "num", cell: (m) => <MoneyCell values={m.sentValue} /> },
                  { header: "Value accepted", numeric: true, className: "num", cell: (m) => <MoneyCell values={m.acceptedValue} /> },
                ]}
              />
              <DataTable
                caption="Median time from request to first quote"
                captionClassName="text-left font-semibold"
                tableClassName="text-sm"
                framed={false}
                rows={kindSeries}
                rowKey={(kind) => kind.key}
                empty={null}
                columns={[
                  { header: "Kind", rowHeader: true, className: "font-normal", cell: (kind) => kind.label },
                  {
                    header: "Inquiries quoted",
                    numeric: true,
                    className: "num",
                    cell: (kind) => quotes.medianHoursToQuote[kind.key].inquiries,
                  },
                  {
                    header: "Median time",
                    numeric: true,
                    className: "num",
                    cell: (kind) => {
                      const { hours } = quotes.medianHoursToQuote[kind.key];
                      return hours === null ? "—" : formatHours(hours);
                    },
                  },
                ]}
              />
            </div>
          </div>
        </section>
      </div>
    </div>
  );
}
