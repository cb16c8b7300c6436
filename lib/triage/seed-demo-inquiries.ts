import "server-only";
import { db } from "@/lib/db";
import { submitInquiry } from "@/lib/inquiries/submit-inquiry";
import { firstResponseDueAt } from "@/lib/inquiries/sla";
import type { DemoInquiry } from "@/prisma/seed-data/demo-inquiries";

/** Submit each demo inquiry once through the public path, then date it back to its stated age. */
export async function seedDemoInquiries(demo: DemoInquiry[], now = new Date()) {
  let created = 0;
  for (const inquiry of demo) {
    if (await db.inquiry.findUnique({ where: { idempotencyKey: inquiry.idempotencyKey }, select: { id: true } })) continue;
    const formData = new FormData();
    formData.set("idempotencyKey", inquiry.idempotencyKey);
    for (const [name, value] of Object.entries(inquiry.fields)) for (const v of [value].flat()) formData.append(name, v);
    for (const file of inquiry.files ?? []) formData.append(file.field, new File([file.content], file.name, { type: file.type }));
    const result = await submitInquiry({ kind: inquiry.kind, formData, submitterIp: "127.0.0.1" });
    if (result.status !== "ok") throw new Error(`Demo inquiry ${inquiry.idempotencyKey} was refused: ${JSON.stringify(result)}`);
    const createdAt = new Date(now.getTime() - inquiry.hoursAgo * 3_600_000);
    const stored = await db.inquiry.update({
      where: { reference: result.reference },
      data: { createdAt, researchUseAcknowledgedAt: createdAt, firstResponseDueAt: firstResponseDueAt(inquiry.kind, createdAt) },
      select: { id: true },
    });
    await db.outboxMessage.updateMany({ where: { inquiryId: stored.id }, data: { createdAt } });
    created++;
  }
  return created;
}
