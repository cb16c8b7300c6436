import type { Metadata } from "next";
import Link from "next/link";
import { formatDateTime } from "@/app/_components/format-date";
import { inputClass } from "@/app/_components/forms/field";
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
      <div className="flex flex-wrap items-baseline justify-between gap-3">
        <h1 className="text-2xl">Orders</h1>
        <a href={`/staff/orders/export${exportSearch ? `?${exportSearch}` : ""}`} className="btn btn-secondary min-h-9 py-1" download>
          Export CSV of this view
        </a>
      </div>

      <form
        method="get"
        action="/staff/orders"
        role="search"
        aria-label="Filter orders"
        className="grid gap-3 rounded-md border border-line bg-white p-3 sm:grid-cols-2 lg:grid-cols-4"
      >
        <div className="sm:col-span-2">
          <label htmlFor="orders-q" className="block text-sm font-semibold">
            Search
          </label>
          <input
            id="orders-q"
            name="q"
            type="search"
            maxLength={200}
            defaultValue={query.q ?? ""}
            placeholder="Order or PO number, requester, institution…"
            className={`mt-1 ${inputClass}`}
          />
        </div>
        <div>
          <label htmlFor="orders-status" className="block text-sm font-semibold">
            Status
          </label>
          <select id="orders-status" name="status" defaultValue={query.status ?? ""} className={`mt-1 ${inputClass}`}>
            <option value="">Any status</option>
            {orderStatusOrder.map((status) => (
              <option key={status} value={status}>
                {orderStatusLabels[status]}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="orders-currency" className="block text-sm font-semibold">
            Currency
          </label>
          <select id="orders-currency" name="currency" defaultValue={query.currency ?? ""} className={`mt-1 ${inputClass}`}>
            <option value="">Any currency</option>
            {currencies.map((currency) => (
              <option key={currency} value={currency}>
                {currency}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="orders-from" className="block text-sm font-semibold">
            Ordered from
          </label>
          <input id="orders-from" name="from" type="date" defaultValue={query.from ?? ""} className={`mt-1 ${inputClass}`} />
        </div>
        <div>
          <label htmlFor="orders-to" className="block text-sm font-semibold">
            Ordered to
          </label>
          <input id="orders-to" name="to" type="date" defaultValue={query.to ?? ""} className={`mt-1 ${inputClass}`} />
        </div>
        <div className="flex items-end gap-3 sm:col-span-2">
          <button type="submit" className="btn btn-primary">
            Apply filters
          </button>
          <Link href="/staff/orders" className="inline-flex min-h-11 items-center">
            Clear all
          </Link>
        </div>
      </form>

      <p role="status" className="text-sm text-ink-muted">
        {total === 0
          ? "No orders match these filters."
          : `${total} order${total === 1 ? "" : "s"}${pages > 1 ? `, page ${query.page} of ${pages}` : ""}`}
      </p>

      {rows.length ? (
        <div className="overflow-x-auto rounded-md border border-line bg-white">
          <table className="data-table min-w-[48rem]">
            <caption className="sr-only">Orders, newest first</caption>
            <thead>
              <tr>
                <th scope="col">Order</th>
                <th scope="col">Status</th>
                <th scope="col">Requester</th>
                <th scope="col">PO number</th>
                <th scope="col" className="text-right">
                  Total
                </th>
                <th scope="col">Ordered</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.id}>
                  <td>
                    <Link href={`/staff/orders/${row.number}`} className="identifier font-semibold">
                      {row.number}
                    </Link>
                    <div className="text-sm">
                      <Link href={`/staff/inquiries/${row.inquiry.reference}`} className="identifier">
                        {row.inquiry.reference}
                      </Link>
                    </div>
                  </td>
                  <td>
                    <OrderStatusBadge status={row.status} />
                  </td>
                  <td>
                    <div className="font-medium">{row.inquiry.name}</div>
                    <div className="text-sm text-ink-muted">{row.inquiry.institution}</div>
                  </td>
                  <td className="text-sm break-all">{row.poNumber}</td>
                  <td className="text-right text-sm whitespace-nowrap tabular-nums">{formatMoney(row.totalMinor, row.currency)}</td>
                  <td className="text-sm">
                    <time dateTime={row.createdAt.toISOString()}>{formatDateTime(row.createdAt)}</time>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}

      {pages > 1 ? (
        <nav aria-label="Pages" className="flex items-center gap-4 text-sm">
          {query.page > 1 ? <Link href={ordersHref(query, { page: query.page - 1 })}>← Previous</Link> : null}
          <span>
            Page {query.page} of {pages}
          </span>
          {query.page < pages ? <Link href={ordersHref(query, { page: query.page + 1 })}>Next →</Link> : null}
        </nav>
      ) : null}
    </div>
  );
}
