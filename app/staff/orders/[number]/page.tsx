import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { formatDateTime } from "@/app/_components/format-date";
import { KindBadge } from "@/app/_components/staff/badges";
import { OrderStatusBadge } from "@/app/_components/staff/order-status-badge";
import { requireStaff } from "@/lib/auth/require-staff";
import { formatMoney } from "@/lib/core/money";
import { quoteLabel } from "@/lib/core/quote-terms";
import { getOrder } from "@/lib/orders/orders";
import { nextOrderStatus, orderStatusLabels } from "@/lib/orders/status";
import { DeliverForm, ShipForm } from "./order-forms";

export async function generateMetadata({ params }: PageProps<"/staff/orders/[number]">): Promise<Metadata> {
  return { title: `Order ${(await params).number.toUpperCase()}` };
}

export default async function StaffOrderPage({ params }: PageProps<"/staff/orders/[number]">) {
  await requireStaff();
  const order = await getOrder((await params).number.toUpperCase());
  if (!order) notFound();
  const next = nextOrderStatus(order.status);
  const { inquiry, quote } = order;
  const steps = [
    { label: orderStatusLabels.CONFIRMED, at: order.createdAt },
    { label: orderStatusLabels.SHIPPED, at: order.shippedAt },
    { label: orderStatusLabels.DELIVERED, at: order.deliveredAt },
  ];

  return (
    <div className="space-y-6">
      <nav aria-label="Breadcrumb" className="text-sm">
        <Link href="/staff/orders">← Orders</Link>
      </nav>
      <header className="flex flex-wrap items-center gap-3">
        <h1 className="text-2xl">
          Order <span className="identifier">{order.number}</span>
        </h1>
        <OrderStatusBadge status={order.status} />
      </header>

      <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_22rem]">
        <section aria-labelledby="order-heading" className="card bg-white p-5">
          <h2 id="order-heading" className="text-lg">
            Details
          </h2>
          <dl className="spec-list mt-2 text-sm">
            <dt>Inquiry</dt>
            <dd>
              <Link href={`/staff/inquiries/${inquiry.reference}`} className="identifier">
                {inquiry.reference}
              </Link>{" "}
              <KindBadge kind={inquiry.kind} />
            </dd>
            <dt>Quote</dt>
            <dd className="identifier">{quoteLabel(quote)}</dd>
            <dt>Requester</dt>
            <dd>
              {inquiry.name}, {inquiry.institution}, {inquiry.country}
              <span className="block break-all text-ink-muted">{inquiry.email}</span>
            </dd>
            <dt>Accepted by</dt>
            <dd>{order.acceptedByName}</dd>
            <dt>PO number</dt>
            <dd className="break-all">{order.poNumber}</dd>
            <dt>Total</dt>
            <dd className="tabular-nums">{formatMoney(order.totalMinor, order.currency)}</dd>
            <dt>Carrier</dt>
            <dd>{order.carrier ?? <span className="text-ink-muted">Not shipped yet</span>}</dd>
            <dt>Tracking number</dt>
            <dd className="font-mono break-all">
              {order.trackingNumber ?? <span className="font-sans text-ink-muted">Not shipped yet</span>}
            </dd>
          </dl>
          <h3 className="mt-4 text-base">Progress</h3>
          <ol className="mt-1 space-y-1 text-sm">
            {steps.map((step) => (
              <li key={step.label}>
                <span className="font-semibold">{step.label}</span>
                {": "}
                {step.at ? (
                  <time dateTime={step.at.toISOString()}>{formatDateTime(step.at)}</time>
                ) : (
                  <span className="text-ink-muted">not yet</span>
                )}
              </li>
            ))}
          </ol>
        </section>

        <aside aria-label="Fulfilment">
          <section aria-labelledby="next-heading" className="card space-y-3 bg-white p-5">
            <h2 id="next-heading" className="text-lg">
              {next === "SHIPPED" ? "Ship the order" : next === "DELIVERED" ? "Confirm delivery" : "Delivered"}
            </h2>
            {next === "SHIPPED" ? (
              <ShipForm orderId={order.id} />
            ) : next === "DELIVERED" ? (
              <>
                <p className="text-sm text-ink-muted">When the carrier reports the parcel delivered.</p>
                <DeliverForm orderId={order.id} />
              </>
            ) : (
              <p className="text-sm text-ink-muted">Nothing left to do for this order.</p>
            )}
          </section>
        </aside>
      </div>
    </div>
  );
}
