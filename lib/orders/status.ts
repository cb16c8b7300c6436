// An order's life after the requester accepted a quote: Confirmed → Shipped → Delivered, one way.
import type { OrderStatus } from "@/lib/generated/prisma/enums";

export const orderStatusOrder: OrderStatus[] = ["CONFIRMED", "SHIPPED", "DELIVERED"];

export const orderStatusLabels: Record<OrderStatus, string> = { CONFIRMED: "Confirmed", SHIPPED: "Shipped", DELIVERED: "Delivered" };

const nextStatus: Record<OrderStatus, OrderStatus | null> = { CONFIRMED: "SHIPPED", SHIPPED: "DELIVERED", DELIVERED: null };

export const canAdvanceOrder = (from: OrderStatus, to: OrderStatus) => nextStatus[from] === to;
export const nextOrderStatus = (from: OrderStatus) => nextStatus[from];
