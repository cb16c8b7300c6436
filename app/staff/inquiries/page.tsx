import type { Metadata } from "next";
import Link from "next/link";
import { formatDateTime } from "@/app/_components/format-date";
import { inputClass } from "@/app/_components/forms/field";
import { ControlledBadge, KindBadge, OverdueBadge, ScaffoldReviewBadge, StatusBadge } from "@/app/_components/staff/badges";
import { ExportLink, FilterForm, PageHeader } from "@/app/_components/staff/list-page";
import { DataTable, Pagination, type Column } from "@/app/_components/staff/data-table";
import { FilterSelect, FormRow } from "@/app/_components/staff/form-row";
import { requireStaff } from "@/lib/auth/require-staff";
import { listStaff } from "@/lib/auth/staff-members";
import { inquiryKindCodes, inquiryKinds } from "@/lib/inquiries/kinds";
import { listInbox, type InboxRow } from "@/lib/triage/inbox";
import { inboxHref, inboxSearch, inboxSorts, parseInboxQuery, quoteFilters, type InboxQuery } from "@/lib/triage/inbox-query";
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
      <PageHeader title="Inbox">
        <ExportLink path="/staff/inquiries/export" search={exportSearch} />
      </PageHeader>

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

      <FilterForm path="/staff/inquiries" label="Filter inquiries" actionsClassName="sm:col-span-2 lg:col-span-4">
        {query.status ? <input type="hidden" name="status" value={query.status} /> : null}
        <FormRow id="inbox-q" label="Search" className="sm:col-span-2">
          <input
            id="inbox-q"
            name="q"
            type="search"
            defaultValue={query.q ?? ""}
            placeholder="Reference, name, email, institution, message…"
            className={inputClass}
          />
        </FormRow>
        <FilterSelect
          id="inbox-kind"
          name="kind"
          label="Kind"
          value={query.kind}
          any="All kinds"
          options={inquiryKindCodes.map((kind) => [kind, inquiryKinds[kind].label])}
          className={inputClass}
        />
        <FilterSelect
          id="inbox-assignee"
          name="assignee"
          label="Assignee"
          value={query.assignee}
          any="Anyone"
          options={[
            ["mine", "Mine"],
            ["unassigned", "Unassigned"],
            ...team.map((s) => [s.id, `${s.name}${s.active ? "" : " (inactive)"}`] as const),
          ]}
          className={inputClass}
        />
        <FilterSelect
          id="inbox-quote"
          name="quote"
          label="Quote"
          value={query.quote}
          any="Any or none"
          options={Object.entries(quoteFilters)}
          className={inputClass}
        />
        <FilterSelect
          id="inbox-tag"
          name="tag"
          label="Tag"
          value={query.tag}
          any="Any tag"
          options={tags.map((t) => [t.id, t.name] as const)}
          className={inputClass}
        />
        <FormRow id="inbox-from" label="Received from">
          <input id="inbox-from" name="from" type="date" defaultValue={query.from ?? ""} className={inputClass} />
        </FormRow>
        <FormRow id="inbox-to" label="Received to">
          <input id="inbox-to" name="to" type="date" defaultValue={query.to ?? ""} className={inputClass} />
        </FormRow>
        <FilterSelect
          id="inbox-sort"
          name="sort"
          label="Sort"
          value={query.sort}
          options={Object.entries(inboxSorts)}
          className={inputClass}
        />
        <div className="flex items-end gap-3">
          <label className="flex min-h-11 items-center gap-2 text-sm font-semibold">
            <input type="checkbox" name="overdue" value="1" defaultChecked={query.overdue === "1"} className="h-4 w-4" /> Overdue only
          </label>
        </div>
      </FilterForm>

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
        <DataTable
          caption="Inquiries"
          minWidth="min-w-[56rem]"
          rows={rows}
          rowKey={(row) => row.id}
          rowClassName={(row) => (isOverdue(row, now) ? "bg-red-50" : undefined)}
          columns={inboxColumns(query, now)}
          empty={null}
        />
      </BulkForm>

      <Pagination page={query.page} pages={pages} href={(page) => inboxHref(query, { page })} />
    </div>
  );
}

/** The inbox's columns; Received and First response sort the list by their header. */
function inboxColumns(query: InboxQuery, now: Date): Column<InboxRow>[] {
  return [
    {
      header: <SelectAll />,
      headerClassName: "w-8",
      cell: (row) => <input type="checkbox" name="inquiryIds" value={row.id} aria-label={`Select ${row.reference}`} className="h-4 w-4" />,
    },
    {
      header: "Reference",
      cell: (row) => (
        <>
          <Link href={`/staff/inquiries/${row.reference}`} className="identifier font-semibold">
            {row.reference}
          </Link>
          <div className="mt-1 flex flex-wrap gap-1">
            <KindBadge kind={row.kind} />
            {row.controlled ? <ControlledBadge /> : null}
            {row.controlledScaffolds.length ? <ScaffoldReviewBadge /> : null}
            {row.tags.map(({ tag }) => (
              <TagChip key={tag.id} tag={tag} />
            ))}
          </div>
        </>
      ),
    },
    { header: "Status", cell: (row) => <StatusBadge status={row.status} /> },
    {
      header: "Requester",
      cell: (row) => (
        <>
          <div className="font-medium">{row.name}</div>
          <div className="text-sm text-ink-muted">
            {row.institution}, {row.country}
          </div>
        </>
      ),
    },
    {
      header: "Products",
      className: "text-sm",
      cell: (row) => (
        <>
          {row.items.map((item) => (
            <div key={item.catalogNumber}>
              <span className="identifier">{item.catalogNumber}</span> {item.productName}
            </div>
          ))}
          {row._count.items > row.items.length ? <div className="text-ink-muted">+{row._count.items - row.items.length} more</div> : null}
          {row._count.items === 0 ? <span className="text-ink-muted">—</span> : null}
        </>
      ),
    },
    {
      header: "Assignee",
      className: "text-sm",
      cell: (row) => row.assignee?.name ?? <span className="text-ink-muted">Unassigned</span>,
    },
    {
      header: "Received",
      className: "text-sm whitespace-nowrap",
      // Newest first, and from the newest-first list the other way round.
      sort: {
        href: inboxHref(query, { sort: query.sort === "newest" ? "oldest" : "newest", page: 1 }),
        current: query.sort === "newest" ? "descending" : query.sort === "oldest" ? "ascending" : undefined,
      },
      cell: (row) => (
        <time dateTime={row.createdAt.toISOString()} title={formatDateTime(row.createdAt)}>
          {formatDuration(now.getTime() - row.createdAt.getTime())} ago
        </time>
      ),
    },
    {
      header: "First response",
      className: "text-sm",
      sort: { href: inboxHref(query, { sort: "due", page: 1 }), current: query.sort === "due" ? "ascending" : undefined },
      cell: (row) => <FirstResponse row={row} now={now} />,
    },
  ];
}

function FirstResponse({ row, now }: { row: InboxRow; now: Date }) {
  if (row.firstResponseAt) return <>answered in {formatDuration(row.firstResponseAt.getTime() - row.createdAt.getTime())}</>;
  if (isOverdue(row, now))
    return (
      <>
        <OverdueBadge /> <span className="block text-xs text-ink-muted">due {formatDateTime(row.firstResponseDueAt)}</span>
      </>
    );
  if (isFinished(row.status)) return <span className="text-ink-muted">—</span>;
  return <>due in {formatDuration(row.firstResponseDueAt.getTime() - now.getTime())}</>;
}
