import type { Metadata } from "next";
import Link from "next/link";
import { formatDateTime } from "@/app/_components/format-date";
import { inputClass } from "@/app/_components/forms/field";
import { ExportLink, FilterForm, PageHeader } from "@/app/_components/staff/list-page";
import { DataTable, Pagination } from "@/app/_components/staff/data-table";
import { FilterSelect, FormRow } from "@/app/_components/staff/form-row";
import { OrderStatusBadge } from "@/app/_components/staff/order-status-badge";
import { requireStaff } from "@/lib/auth/require-staff";
import { currencies, formatMoney } from "@/lib/core/money";
import { orderSearch, ordersHref, parseOrderQuery } from "@/lib/orders/list-query";
import { listOrders } from "@/lib/orders/orders";
import { orderStatusLabels, orderStatusOrder } from "@/lib/orders/status";

export const metadata: Metadata = { title: "Orders" };

export default async function OrdersPage({ searchParams }: PageProps<"/staff/orders">) {
  await requireStaff();
  const query = parseOrderQuery(await searchParams);
  const { rows, total, pages } = await listOrders(query);
  const exportSearch = orderSearch({ ...query, page: 1 });

  return (
    <div className="space-y-4">
      <PageHeader title="Orders">
        <ExportLink path="/staff/orders/export" search={exportSearch} />
      </PageHeader>

      <FilterForm path="/staff/orders" label="Filter orders" actionsClassName="sm:col-span-2">
        <FormRow id="orders-q" label="Search" className="sm:col-span-2">
          <input
            id="orders-q"
            name="q"
            type="search"
            maxLength={200}
            defaultValue={query.q ?? ""}
            placeholder="Order or PO number, requester, institution…"
            className={inputClass}
          />
        </FormRow>
        <FilterSelect
          id="orders-status"
          name="status"
          label="Status"
          value={query.status}
          any="Any status"
          options={orderStatusOrder.map((status) => [status, orderStatusLabels[status]] as const)}
          className={inputClass}
        />
        <FilterSelect
          id="orders-currency"
          name="currency"
          label="Currency"
          value={query.currency}
          any="Any currency"
          options={currencies.map((currency) => [currency, currency] as const)}
          className={inputClass}
        />
        <FormRow id="orders-from" label="Ordered from">
          <input id="orders-from" name="from" type="date" defaultValue={query.from ?? ""} className={inputClass} />
        </FormRow>
        <FormRow id="orders-to" label="Ordered to">
          <input id="orders-to" name="to" type="date" defaultValue={query.to ?? ""} className={inputClass} />
        </FormRow>
      </FilterForm>

      <p role="status" className="text-sm text-ink-muted">
        {total === 0
          ? "No orders match these filters."
          : `${total} order${total === 1 ? "" : "s"}${pages > 1 ? `, page ${query.page} of ${pages}` : ""}`}
      </p>

      <DataTable
        caption="Orders, newest first"
        minWidth="min-w-[48rem]"
        rows={rows}
        rowKey={(row) => row.id}
        empty={null}
        columns={[
          {
            header: "Order",
            cell: (row) => (
              <>
                <Link href={`/staff/orders/${row.number}`} className="identifier font-semibold">
                  {row.number}
                </Link>
                <div className="text-sm">
                  <Link href={`/staff/inquiries/${row.inquiry.reference}`} className="identifier">
                    {row.inquiry.reference}
                  </Link>
                </div>
              </>
            ),
          },
          { header: "Status", cell: (row) => <OrderStatusBadge status={row.status} /> },
          {
            header: "Requester",
            cell: (row) => (
              <>
                <div className="font-medium">{row.inquiry.name}</div>
                <div className="text-sm text-ink-muted">{row.inquiry.institution}</div>
              </>
            ),
          },
          { header: "PO number", className: "text-sm break-all", cell: (row) => row.poNumber },
          {
            header: "Total",
            numeric: true,
            className: "text-right text-sm whitespace-nowrap tabular-nums",
            cell: (row) => formatMoney(row.totalMinor, row.currency),
          },
          {
            header: "Ordered",
            className: "text-sm",
            cell: (row) => <time dateTime={row.createdAt.toISOString()}>{formatDateTime(row.createdAt)}</time>,
          },
        ]}
      />

      <Pagination page={query.page} pages={pages} href={(page) => ordersHref(query, { page })} />
    </div>
  );
}
