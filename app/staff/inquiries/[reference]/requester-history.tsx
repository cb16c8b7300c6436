import Link from "next/link";
import { formatDateTime } from "@/app/_components/format-date";
import { KindBadge, StatusBadge } from "@/app/_components/staff/badges";
import { formatMoney } from "@/lib/core/money";
import type { OrderStatus } from "@/lib/generated/prisma/enums";
import { requesterHistory } from "@/lib/triage/requester-history";

const orderStatusWords: Record<OrderStatus, string> = { CONFIRMED: "Confirmed", SHIPPED: "Shipped", DELIVERED: "Delivered" };

/** Earlier (and later) business with the same email or institution: context before replying. */
export async function RequesterHistory({ inquiry }: { inquiry: { id: string; email: string; institution: string } }) {
  const history = await requesterHistory(inquiry);
  return (
    <section className="card bg-white p-5" aria-labelledby="history-heading">
      <h2 id="history-heading" className="text-lg">
        Requester history
      </h2>
      <p className="mt-1 text-xs text-ink-muted">Same email or same institution, newest first.</p>
      {history.inquiries.length ? (
        <ul className="mt-3 space-y-2 text-sm" data-history="inquiries">
          {history.inquiries.map((i) => (
            <li key={i.id}>
              <Link href={`/staff/inquiries/${i.reference}`} className="identifier font-semibold">
                {i.reference}
              </Link>{" "}
              <KindBadge kind={i.kind} /> <StatusBadge status={i.status} />
              <span className="block text-xs text-ink-muted">
                {formatDateTime(i.createdAt)} · {i.sameEmail ? i.name : `${i.name}, ${i.institution}`}
              </span>
            </li>
          ))}
        </ul>
      ) : (
        <p className="mt-3 text-sm">No other inquiries.</p>
      )}
      {history.moreInquiries ? (
        <p className="mt-2 text-sm">
          <Link href={`/staff/inquiries?q=${encodeURIComponent(inquiry.email)}`}>All inquiries from {inquiry.email}</Link>
        </p>
      ) : null}
      {history.orders.length ? (
        <>
          <h3 className="mt-4 text-base">Orders</h3>
          <ul className="mt-2 space-y-2 text-sm" data-history="orders">
            {history.orders.map((o) => (
              <li key={o.id}>
                <span className="identifier font-semibold">{o.number}</span> · {orderStatusWords[o.status]} ·{" "}
                {formatMoney(o.totalMinor, o.currency)}
                <span className="block text-xs text-ink-muted">
                  {formatDateTime(o.createdAt)} · from{" "}
                  <Link href={`/staff/inquiries/${o.inquiry.reference}`} className="identifier">
                    {o.inquiry.reference}
                  </Link>
                </span>
              </li>
            ))}
          </ul>
          {history.moreOrders ? <p className="mt-2 text-xs text-ink-muted">Older orders are not shown.</p> : null}
        </>
      ) : null}
    </section>
  );
}
