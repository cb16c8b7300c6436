import type { OrderStatus } from "@/lib/generated/prisma/enums";
import { orderStatusLabels } from "@/lib/orders/status";

// Text and background pairs chosen for at least 4.5:1 contrast.
const styles: Record<OrderStatus, string> = {
  CONFIRMED: "bg-blue-100 text-blue-900",
  SHIPPED: "bg-amber-100 text-amber-900",
  DELIVERED: "bg-green-100 text-green-900",
};

export function OrderStatusBadge({ status }: { status: OrderStatus }) {
  return (
    <span className={`inline-block rounded-full px-2 py-0.5 text-xs font-semibold whitespace-nowrap ${styles[status]}`}>
      {orderStatusLabels[status]}
    </span>
  );
}
