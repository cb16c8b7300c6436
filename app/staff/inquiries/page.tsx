import type { Metadata } from "next";
import Link from "next/link";
import { formatDateTime } from "@/app/_components/format-date";
import { inputClass } from "@/app/_components/forms/field";
import { ControlledBadge, KindBadge, OverdueBadge, StatusBadge } from "@/app/_components/staff/badges";
import { requireStaff } from "@/lib/auth/require-staff";
import { listStaff } from "@/lib/auth/staff-members";
import { inquiryKinds } from "@/lib/inquiries/kinds";
import { listInbox, type InboxRow } from "@/lib/triage/inbox";
import { inboxHref, inboxSearch, inboxSorts, parseInboxQuery, quoteFilters } from "@/lib/triage/inbox-query";
import { formatDuration, isOverdue } from "@/lib/inquiries/sla";
import { isFinished, statusLabels, statusOrder } from "@/lib/inquiries/status";
import { TagChip } from "@/app/_components/staff/tag-chip";
import { listTags } from "@/lib/triage/tags";
import { BulkForm, SelectAll } from "./bulk-form";

export const metadata: Metadata = { title: "Inbox" };

export default async function InboxPage({ searchParams }: PageProps<"/staff/inquiries">) {
  const staff = await requireStaff();
  const query = parseInboxQuery(await searchParams);
  const now = new Date();
  const [{ rows, total, counts, pages }, team, tags] = await Promise.all([listInbox(query, staff.id, now), listStaff(), listTags()]);
  const active = team.filter((s) => s.active);
  const allCount = statusOrder.filter((s) => s !== "SPAM").reduce((sum, s) => sum + counts[s], 0);
  const exportSearch = inboxSearch({ ...query, page: 1 });

  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-baseline justify-between gap-3">
        <h1 className="text-2xl">Inbox</h1>
        <a href={`/staff/inquiries/export${exportSearch ? `?${exportSearch}` : ""}`} className="btn btn-secondary min-h-9 py-1" download>
          Export CSV of this view
        </a>
      </div>

      <nav aria-label="Status">
        <ul className="flex flex-wrap gap-2 text-sm">
          {[
            { status: undefined, label: "All", count: allCount },
            ...statusOrder.map((s) => ({ status: s, label: statusLabels[s], count: counts[s] })),
          ].map((tab) => {
            const current = query.status === tab.status;
            return (
              <li key={tab.label}>
                <Link
                  href={inboxHref(query, { status: tab.status })}
                  aria-current={current ? "page" : undefined}
                  className={`inline-block rounded-full border px-3 py-1 no-underline ${current ? "border-brand bg-brand text-white" : "border-line bg-white text-ink"}`}
                >
                  {tab.label} <span className={current ? "" : "text-ink-muted"}>{tab.count}</span>
                </Link>
              </li>
            );
          })}
        </ul>
      </nav>

      <form
        method="get"
        action="/staff/inquiries"
        role="search"
        aria-label="Filter inquiries"
        className="grid gap-3 rounded-md border border-line bg-white p-3 sm:grid-cols-2 lg:grid-cols-4"
      >
        {query.status ? <input type="hidden" name="status" value={query.status} /> : null}
        <div className="sm:col-span-2">
          <label htmlFor="inbox-q" className="block text-sm font-semibold">
            Search
          </label>
          <input
            id="inbox-q"
            name="q"
            type="search"
            defaultValue={query.q ?? ""}
            placeholder="Reference, name, email, institution, message…"
            className={`mt-1 ${inputClass}`}
          />
        </div>
        <div>
          <label htmlFor="inbox-kind" className="block text-sm font-semibold">
            Kind
          </label>
          <select id="inbox-kind" name="kind" defaultValue={query.kind ?? ""} className={`mt-1 ${inputClass}`}>
            <option value="">All kinds</option>
            {Object.entries(inquiryKinds).map(([kind, k]) => (
              <option key={kind} value={kind}>
                {k.label}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="inbox-assignee" className="block text-sm font-semibold">
            Assignee
          </label>
          <select id="inbox-assignee" name="assignee" defaultValue={query.assignee ?? ""} className={`mt-1 ${inputClass}`}>
            <option value="">Anyone</option>
            <option value="mine">Mine</option>
            <option value="unassigned">Unassigned</option>
            {team.map((s) => (
              <option key={s.id} value={s.id}>
                {s.name}
                {s.active ? "" : " (inactive)"}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="inbox-quote" className="block text-sm font-semibold">
            Quote
          </label>
          <select id="inbox-quote" name="quote" defaultValue={query.quote ?? ""} className={`mt-1 ${inputClass}`}>
            <option value="">Any or none</option>
            {Object.entries(quoteFilters).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="inbox-tag" className="block text-sm font-semibold">
            Tag
          </label>
          <select id="inbox-tag" name="tag" defaultValue={query.tag ?? ""} className={`mt-1 ${inputClass}`}>
            <option value="">Any tag</option>
            {tags.map((t) => (
              <option key={t.id} value={t.id}>
                {t.name}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="inbox-from" className="block text-sm font-semibold">
            Received from
          </label>
          <input id="inbox-from" name="from" type="date" defaultValue={query.from ?? ""} className={`mt-1 ${inputClass}`} />
        </div>
        <div>
          <label htmlFor="inbox-to" className="block text-sm font-semibold">
            Received to
          </label>
          <input id="inbox-to" name="to" type="date" defaultValue={query.to ?? ""} className={`mt-1 ${inputClass}`} />
        </div>
        <div>
          <label htmlFor="inbox-sort" className="block text-sm font-semibold">
            Sort
          </label>
          <select id="inbox-sort" name="sort" defaultValue={query.sort} className={`mt-1 ${inputClass}`}>
            {Object.entries(inboxSorts).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </div>
        <div className="flex items-end gap-3">
          <label className="flex min-h-11 items-center gap-2 text-sm font-semibold">
            <input type="checkbox" name="overdue" value="1" defaultChecked={query.overdue === "1"} className="h-4 w-4" /> Overdue only
          </label>
        </div>
        <div className="flex items-center gap-3 sm:col-span-2 lg:col-span-4">
          <button type="submit" className="btn btn-primary">
            Apply filters
          </button>
          <Link href="/staff/inquiries">Clear all</Link>
        </div>
      </form>

      <p role="status" className="text-sm text-ink-muted">
        {total === 0
          ? "No inquiries match these filters."
          : `${total} inquir${total === 1 ? "y" : "ies"}${pages > 1 ? `, page ${query.page} of ${pages}` : ""}`}
      </p>

      {/* Rendered even when empty, so the result of a bulk action that emptied the view stays on screen. */}
      <BulkForm
        staff={active.map((s) => ({ id: s.id, name: s.name }))}
        statuses={statusOrder.filter((s) => s !== "SPAM")}
        empty={rows.length === 0}
      >
        {rows.length ? (
          <div className="overflow-x-auto rounded-md border border-line bg-white">
            <table className="data-table min-w-[56rem]">
              <caption className="sr-only">Inquiries</caption>
              <thead>
                <tr>
                  <th scope="col" className="w-8">
                    <SelectAll />
                  </th>
                  <th scope="col">Reference</th>
                  <th scope="col">Status</th>
                  <th scope="col">Requester</th>
                  <th scope="col">Products</th>
                  <th scope="col">Assignee</th>
                  <th scope="col">Received</th>
                  <th scope="col">First response</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((row) => (
                  <InboxTableRow key={row.id} row={row} now={now} />
                ))}
              </tbody>
            </table>
          </div>
        ) : null}
      </BulkForm>

      {pages > 1 ? (
        <nav aria-label="Pages" className="flex items-center gap-4 text-sm">
          {query.page > 1 ? <Link href={inboxHref(query, { page: query.page - 1 })}>← Previous</Link> : null}
          <span>
            Page {query.page} of {pages}
          </span>
          {query.page < pages ? <Link href={inboxHref(query, { page: query.page + 1 })}>Next →</Link> : null}
        </nav>
      ) : null}
    </div>
  );
}

function InboxTableRow({ row, now }: { row: InboxRow; now: Date }) {
  const overdue = isOverdue(row, now);
  return (
    <tr className={overdue ? "bg-red-50" : undefined}>
      <td>
        <input type="checkbox" name="inquiryIds" value={row.id} aria-label={`Select ${row.reference}`} className="h-4 w-4" />
      </td>
      <td>
        <Link href={`/staff/inquiries/${row.reference}`} className="identifier font-semibold">
          {row.reference}
        </Link>
        <div className="mt-1 flex flex-wrap gap-1">
          <KindBadge kind={row.kind} />
          {row.controlled ? <ControlledBadge /> : null}
          {row.tags.map(({ tag }) => (
            <TagChip key={tag.id} tag={tag} />
          ))}
        </div>
      </td>
      <td>
        <StatusBadge status={row.status} />
      </td>
      <td>
        <div className="font-medium">{row.name}</div>
        <div className="text-sm text-ink-muted">
          {row.institution}, {row.country}
        </div>
      </td>
      <td className="text-sm">
        {row.items.map((item) => (
          <div key={item.catalogNumber}>
            <span className="identifier">{item.catalogNumber}</span> {item.productName}
          </div>
        ))}
        {row._count.items > row.items.length ? <div className="text-ink-muted">+{row._count.items - row.items.length} more</div> : null}
        {row._count.items === 0 ? <span className="text-ink-muted">—</span> : null}
      </td>
      <td className="text-sm">{row.assignee?.name ?? <span className="text-ink-muted">Unassigned</span>}</td>
      <td className="text-sm whitespace-nowrap">
        <time dateTime={row.createdAt.toISOString()} title={formatDateTime(row.createdAt)}>
          {formatDuration(now.getTime() - row.createdAt.getTime())} ago
        </time>
      </td>
      <td className="text-sm">
        {row.firstResponseAt ? (
          <>answered in {formatDuration(row.firstResponseAt.getTime() - row.createdAt.getTime())}</>
        ) : overdue ? (
          <>
            <OverdueBadge /> <span className="block text-xs text-ink-muted">due {formatDateTime(row.firstResponseDueAt)}</span>
          </>
        ) : isFinished(row.status) ? (
          <span className="text-ink-muted">—</span>
        ) : (
          <>due in {formatDuration(row.firstResponseDueAt.getTime() - now.getTime())}</>
        )}
      </td>
    </tr>
  );
}
