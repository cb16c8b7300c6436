import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { messageIdFor } from "@/lib/mail/addresses";

/** Everything the inquiry page shows; reading it changes nothing (viewing never changes status). */
export async function getInquiryForStaff(reference: string) {
  return db.inquiry.findUnique({
    where: { reference: reference.toUpperCase() },
    include: {
      assignee: { select: { id: true, name: true } },
      items: { orderBy: { position: "asc" }, include: { product: { select: { catalogNumber: true, name: true } } } },
      notesByStaff: { orderBy: { createdAt: "asc" }, include: { author: { select: { name: true } } } },
      conversation: {
        orderBy: { createdAt: "asc" },
        include: {
          author: { select: { name: true } },
          attachments: { select: { id: true, filename: true, contentType: true, size: true } },
        },
      },
      auditLogs: { orderBy: { createdAt: "asc" }, include: { actor: { select: { name: true } } } },
      messages: {
        where: { template: "inquiry-ack" },
        select: { messageId: true, status: true, sentAt: true, createdAt: true, toAddress: true, subject: true, lastError: true },
      },
    },
  });
}

export type StaffInquiry = NonNullable<Awaited<ReturnType<typeof getInquiryForStaff>>>;

type Json = Prisma.JsonValue;
export type TimelineEvent =
  | { type: "submitted"; at: Date; id: string }
  | { type: "acknowledgment"; at: Date; id: string; status: string; to: string }
  | { type: "message"; at: Date; id: string; message: StaffInquiry["conversation"][number] }
  | { type: "note"; at: Date; id: string; note: StaffInquiry["notesByStaff"][number] }
  | { type: "change"; at: Date; id: string; action: string; actor: string | null; before: Json; after: Json };

// These audit entries are already shown as the message or note they recorded.
const SHOWN_ELSEWHERE = new Set(["note", "reply", "inbound-mail"]);

/** The inquiry's history in time order: submission, acknowledgment, mail in and out, notes, changes. */
export function buildTimeline(inquiry: StaffInquiry): TimelineEvent[] {
  const events: TimelineEvent[] = [{ type: "submitted", at: inquiry.createdAt, id: "submitted" }];
  const ack = inquiry.messages.find((m) => m.messageId === messageIdFor("ack", inquiry.id)) ?? inquiry.messages[0];
  if (ack) events.push({ type: "acknowledgment", at: ack.createdAt, id: ack.messageId, status: ack.status, to: ack.toAddress });
  for (const message of inquiry.conversation) events.push({ type: "message", at: message.createdAt, id: message.id, message });
  for (const note of inquiry.notesByStaff) events.push({ type: "note", at: note.createdAt, id: note.id, note });
  for (const log of inquiry.auditLogs) {
    if (SHOWN_ELSEWHERE.has(log.action)) continue;
    events.push({
      type: "change",
      at: log.createdAt,
      id: log.id,
      action: log.action,
      actor: log.actor?.name ?? null,
      before: log.before,
      after: log.after,
    });
  }
  // Stable: events at the same instant keep the order above (submission before its acknowledgment).
  return events
    .map((event, i) => ({ event, i }))
    .sort((a, b) => a.event.at.getTime() - b.event.at.getTime() || a.i - b.i)
    .map(({ event }) => event);
}
