import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { DomainError } from "@/lib/core/domain-error";
import { markOrderDelivered, markOrderShipped } from "@/lib/orders/fulfilment";
import { canAdvanceOrder } from "@/lib/orders/status";
import { checkRequesterLink } from "@/lib/requesters/links";
import { createStaff, newInquiry } from "@/tests/inquiry-fixtures";
import { newOrder } from "@/tests/order-fixtures";
import { renderedAll } from "@/tests/outbox-fixtures";

let actor: { id: string; name: string };
beforeAll(async () => {
  const staff = await createStaff({ name: "Olga Orders" });
  actor = { id: staff.id, name: staff.name };
});

const orderMail = async (inquiryId: string) =>
  renderedAll(await db.outboxMessage.findMany({ where: { inquiryId, template: { startsWith: "order-" } }, orderBy: { createdAt: "asc" } }));

/** The private link in a mail's text, checked as the requester's page checks it. */
async function linkIn(text: string, reference: string) {
  const match = text.match(/\/requests\/([^?\s]+)\?token=([A-Za-z0-9_-]{43})/);
  expect(match?.[1]).toBe(reference);
  return checkRequesterLink({ reference, token: match![2]! });
}

describe("order transitions", () => {
  it("go Confirmed → Shipped → Delivered only", () => {
    expect(canAdvanceOrder("CONFIRMED", "SHIPPED")).toBe(true);
    expect(canAdvanceOrder("SHIPPED", "DELIVERED")).toBe(true);
    expect(canAdvanceOrder("CONFIRMED", "DELIVERED")).toBe(false);
    expect(canAdvanceOrder("DELIVERED", "SHIPPED")).toBe(false);
    expect(canAdvanceOrder("SHIPPED", "CONFIRMED")).toBe(false);
  });

  it("refuses shipping without a carrier and a tracking number, changing nothing and mailing no one", async () => {
    const inquiry = await newInquiry();
    const order = await newOrder({ inquiryId: inquiry.id });
    const attempt = markOrderShipped({ orderId: order.id, carrier: " ", trackingNumber: "", actor });
    await expect(attempt).rejects.toBeInstanceOf(DomainError);
    await expect(attempt).rejects.toMatchObject({
      code: "invalid",
      fieldErrors: { carrier: expect.any(String), trackingNumber: expect.any(String) },
    });
    await expect(
      markOrderShipped({ orderId: order.id, carrier: "DHL", trackingNumber: "<script>1234</script>", actor }),
    ).rejects.toMatchObject({ fieldErrors: { trackingNumber: expect.any(String) } });
    await expect(markOrderShipped({ orderId: order.id, carrier: "DHL", trackingNumber: "1".repeat(41), actor })).rejects.toMatchObject({
      fieldErrors: { trackingNumber: expect.any(String) },
    });
    expect(await db.order.findUniqueOrThrow({ where: { id: order.id } })).toMatchObject({ status: "CONFIRMED", trackingNumber: null });
    expect(await orderMail(inquiry.id)).toEqual([]);
  });

  it("refuses delivery before shipping", async () => {
    const inquiry = await newInquiry();
    const order = await newOrder({ inquiryId: inquiry.id });
    await expect(markOrderDelivered({ orderId: order.id, actor })).rejects.toMatchObject({
      code: "not-allowed",
      message: `Order ${order.number} is confirmed: it cannot be marked delivered.`,
    });
    expect((await db.order.findUniqueOrThrow({ where: { id: order.id } })).status).toBe("CONFIRMED");
    expect(await orderMail(inquiry.id)).toEqual([]);
  });

  it("ships with the tracking number, mails it to the requester with a working private link, then delivers", async () => {
    const inquiry = await newInquiry();
    const order = await newOrder({ inquiryId: inquiry.id, currency: "GBP", totalMinor: 98_765 });
    const shippedAt = new Date("2026-11-02T10:00:00Z");
    await markOrderShipped({ orderId: order.id, carrier: "DHL Express", trackingNumber: "JD0146 0000 1234", actor, now: shippedAt });
    expect(await db.order.findUniqueOrThrow({ where: { id: order.id } })).toMatchObject({
      status: "SHIPPED",
      carrier: "DHL Express",
      trackingNumber: "JD0146 0000 1234",
      shippedAt,
    });

    const [shipped] = await orderMail(inquiry.id);
    expect(shipped).toMatchObject({ toAddress: inquiry.email, subject: `[${inquiry.reference}] Order ${order.number} has shipped` });
    expect(shipped!.text).toContain("Tracking number: JD0146 0000 1234");
    expect(shipped!.text).toContain("Carrier: DHL Express");
    expect(shipped!.text).toContain("£987.65");
    expect(shipped!.html).toContain("JD0146 0000 1234");
    expect(await linkIn(shipped!.text, inquiry.reference)).toMatchObject({ ok: true, inquiryId: inquiry.id });

    // Shipped twice is refused: the requester got one email.
    await expect(markOrderShipped({ orderId: order.id, carrier: "UPS", trackingNumber: "1Z999AA1", actor })).rejects.toMatchObject({
      code: "not-allowed",
    });

    await markOrderDelivered({ orderId: order.id, actor });
    const mails = await orderMail(inquiry.id);
    expect(mails.map((m) => m.template)).toEqual(["order-shipped", "order-delivered"]);
    expect(mails[1]!.text).toContain("has been delivered");
    expect(mails[1]!.text).toContain("Tracking number: JD0146 0000 1234");
    expect((await db.order.findUniqueOrThrow({ where: { id: order.id } })).status).toBe("DELIVERED");
    await expect(markOrderDelivered({ orderId: order.id, actor })).rejects.toMatchObject({ code: "not-allowed" });

    const audit = await db.auditLog.findMany({ where: { inquiryId: inquiry.id, actorId: actor.id }, orderBy: { createdAt: "asc" } });
    expect(audit.map((a) => [a.action, a.after])).toEqual([
      ["order.shipped", { order: order.number, status: "SHIPPED", carrier: "DHL Express", trackingNumber: "JD0146 0000 1234" }],
      ["order.delivered", { order: order.number, status: "DELIVERED" }],
    ]);
  });
});
