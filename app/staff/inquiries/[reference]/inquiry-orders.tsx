import Link from "next/link";
import { OrderStatusBadge } from "@/app/_components/staff/order-status-badge";
import { formatMoney } from "@/lib/core/money";
import { ordersOfInquiry } from "@/lib/orders/orders";

/** The orders made from this inquiry's accepted quotes, each linked to its page; nothing before there is one. */
export async function InquiryOrders({ inquiryId }: { inquiryId: string }) {
  const orders = await ordersOfInquiry(inquiryId);
  if (!orders.length) return null;
  return (
    <section className="card bg-white p-5" aria-labelledby="orders-heading">
      <h2 id="orders-heading" className="text-lg">
        {orders.length === 1 ? "Order" : "Orders"}
      </h2>
      <ul className="mt-2 space-y-2 text-sm">
        {orders.map((order) => (
          <li key={order.number} className="flex flex-wrap items-center gap-2">
            <Link href={`/staff/orders/${order.number}`} className="identifier font-semibold">
              {order.number}
            </Link>
            <OrderStatusBadge status={order.status} />
            <span className="tabular-nums">{formatMoney(order.totalMinor, order.currency)}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
