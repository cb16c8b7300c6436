// Staff move an order on (shipped, then delivered); each step mails the requester through the outbox,
// with a fresh private link to their page, in the transaction that makes the change.
import "server-only";
import { randomUUID } from "node:crypto";
import { db } from "@/lib/db";
import type { OrderStatus } from "@/lib/generated/prisma/enums";
import { recordAudit } from "@/lib/core/audit";
import { DomainError } from "@/lib/core/domain-error";
import { formatMoney } from "@/lib/core/money";
import { staffInboxes } from "@/lib/inquiries/create-inquiry";
import { messageIdFor } from "@/lib/mail/addresses";
import { outboxRow } from "@/lib/mail/enqueue";
import { wakeOutboxWorker } from "@/lib/mail/worker";
import { shipSchema } from "@/lib/orders/schemas";
import { canAdvanceOrder, orderStatusLabels } from "@/lib/orders/status";
import { newRequesterToken, requesterPageUrl, storeRequesterLink } from "@/lib/requesters/links";

type Actor = { id: string; name: string };

async function advanceOrder({
  orderId,
  to,
  shipment,
  actor,
  now,
}: {
  orderId: string;
  to: "SHIPPED" | "DELIVERED";
  shipment?: { carrier: string; trackingNumber: string };
  actor: Actor;
  now: Date;
}) {
  const order = await db.order.findUnique({
    where: { id: orderId },
    select: {
      id: true,
      number: true,
      status: true,
      poNumber: true,
      currency: true,
      totalMinor: true,
      carrier: true,
      trackingNumber: true,
      inquiry: { select: { id: true, reference: true, kind: true, email: true } },
    },
  });
  if (!order) throw new DomainError("not-found", "This order no longer exists.");
  if (!canAdvanceOrder(order.status, to)) {
    throw new DomainError(
      "not-allowed",
      `Order ${order.number} is ${orderStatusLabels[order.status].toLowerCase()}: it cannot be marked ${orderStatusLabels[to].toLowerCase()}.`,
    );
  }
  const { inquiry } = order;
  const carrier = shipment?.carrier ?? order.carrier;
  const trackingNumber = shipment?.trackingNumber ?? order.trackingNumber;
  const { token, tokenHash } = newRequesterToken();
  const ack = messageIdFor("ack", inquiry.id);
  const from: OrderStatus = order.status;
  await db.$transaction(async (tx) => {
    const { count } = await tx.order.updateMany({
      where: { id: order.id, status: from },
      data: to === "SHIPPED" ? { status: to, carrier, trackingNumber, shippedAt: now } : { status: to, deliveredAt: now },
    });
    if (count === 0) throw new DomainError("conflict", `Someone changed order ${order.number} a moment ago. Reload to see it.`);
    await tx.outboxMessage.create({
      data: outboxRow(
        to === "SHIPPED" ? "order-shipped" : "order-delivered",
        {
          reference: inquiry.reference,
          orderNumber: order.number,
          status: to,
          poNumber: order.poNumber,
          total: formatMoney(order.totalMinor, order.currency),
          carrier,
          trackingNumber,
          pageUrl: requesterPageUrl(inquiry.reference, token),
        },
        {
          inquiryId: inquiry.id,
          toAddress: inquiry.email,
          replyTo: staffInboxes[inquiry.kind],
          messageId: messageIdFor("order", randomUUID()),
          inReplyTo: ack,
          references: ack,
        },
      ),
    });
    await storeRequesterLink(tx, { inquiryId: inquiry.id, email: inquiry.email, tokenHash, now });
    await recordAudit(tx, {
      actorId: actor.id,
      inquiryId: inquiry.id,
      action: to === "SHIPPED" ? "order.shipped" : "order.delivered",
      before: { order: order.number, status: from },
      after: { order: order.number, status: to, ...(to === "SHIPPED" ? { carrier, trackingNumber } : {}) },
    });
  });
  wakeOutboxWorker();
  return order.number;
}

/** Confirmed → Shipped, with the carrier and tracking number the requester is sent. */
export async function markOrderShipped({
  orderId,
  carrier,
  trackingNumber,
  actor,
  now = new Date(),
}: {
  orderId: string;
  carrier: string;
  trackingNumber: string;
  actor: Actor;
  now?: Date;
}) {
  // The form checks this too; a shipped order without them would leave the requester nothing to track.
  const parsed = shipSchema.safeParse({ orderId, carrier, trackingNumber });
  if (!parsed.success) {
    const fieldErrors = Object.fromEntries(parsed.error.issues.map((issue) => [String(issue.path[0]), issue.message]));
    throw new DomainError("invalid", "Enter the carrier and a tracking number.", fieldErrors);
  }
  const shipment = { carrier: parsed.data.carrier, trackingNumber: parsed.data.trackingNumber };
  return advanceOrder({ orderId, to: "SHIPPED", shipment, actor, now });
}

/** Shipped → Delivered. */
export function markOrderDelivered({ orderId, actor, now = new Date() }: { orderId: string; actor: Actor; now?: Date }) {
  return advanceOrder({ orderId, to: "DELIVERED", actor, now });
}
