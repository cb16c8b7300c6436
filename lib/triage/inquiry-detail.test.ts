import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { messageIdFor } from "@/lib/mail/addresses";
import { buildTimeline, getInquiryForStaff, type TimelineEvent } from "@/lib/triage/inquiry-detail";
import { sendReply } from "@/lib/triage/replies";
import { addNote, changeStatus } from "@/lib/triage/workflow";
import { createStaff, newInquiry, uniqueToken } from "@/tests/inquiry-fixtures";

const T0 = Date.UTC(2026, 2, 2, 9, 0);
const at = (hours: number) => new Date(T0 + hours * 3_600_000);
const label = (e: TimelineEvent) => {
  if (e.type !== "change") return e.type;
  const status = (e.after as { status?: string } | null)?.status;
  return status ? `change:${e.action}:${status}` : `change:${e.action}`;
};

describe("the inquiry timeline", () => {
  it("starts with the submission and its acknowledgment, then shows notes, mail and changes by time, each once", async () => {
    await db.staffMember.updateMany({ data: { autoAssignKinds: [] } });
    const robin = await createStaff({ name: "Robin Round", autoAssignKinds: ["QUOTE"] });
    const ada = await createStaff({ name: "Ada Admin", role: "ADMIN" });
    const actor = { id: ada.id, name: ada.name };
    const inquiry = await newInquiry();
    expect(inquiry.assigneeId).toBe(robin.id);

    await addNote({ inquiryId: inquiry.id, body: "Check stock in Basel", actor });
    const reply = await sendReply({ inquiryId: inquiry.id, body: "It is in stock.", thenStatus: "ANSWERED", actor, now: at(2) });
    await changeStatus({ inquiryId: inquiry.id, to: "CLOSED", actor, now: at(4) });
    const inbound = await db.inquiryMessage.create({
      data: {
        inquiryId: inquiry.id,
        direction: "INBOUND",
        fromAddress: inquiry.email,
        toAddress: "quotes@reagentdesk.example",
        subject: "Re: thanks",
        text: "Thanks!",
        messageId: `<${uniqueToken()}@mail.example>`,
        matchedBy: "thread",
        createdAt: at(5),
      },
    });
    await db.auditLog.create({
      data: {
        inquiryId: inquiry.id,
        action: "inbound-mail",
        after: { messageId: inbound.messageId, matchedBy: "thread" },
        createdAt: at(5),
      },
    });

    // Pin the clock: submission and acknowledgment at the same instant, the note before the reply.
    await db.inquiry.update({ where: { id: inquiry.id }, data: { createdAt: at(0) } });
    await db.outboxMessage.updateMany({ where: { inquiryId: inquiry.id, template: "inquiry-ack" }, data: { createdAt: at(0) } });
    await db.inquiryNote.updateMany({ where: { inquiryId: inquiry.id }, data: { createdAt: at(1) } });
    const audit = await db.auditLog.findMany({ where: { inquiryId: inquiry.id } });
    const when: Record<string, number> = { assign: 0, note: 1, reply: 2, "status:ANSWERED": 2, "status:CLOSED": 4, "inbound-mail": 5 };
    for (const log of audit) {
      const key = log.action === "status" ? `status:${(log.after as { status: string }).status}` : log.action;
      await db.auditLog.update({ where: { id: log.id }, data: { createdAt: at(when[key]!) } });
    }
    // The note, reply and inbound mail are recorded in the audit log too…
    expect(audit.map((a) => a.action).sort()).toEqual(["assign", "inbound-mail", "note", "reply", "status", "status"]);

    const staffView = await getInquiryForStaff(inquiry.reference.toLowerCase());
    expect(staffView?.id).toBe(inquiry.id);
    const timeline = buildTimeline(staffView!);

    // …but appear once, as what they recorded.
    expect(timeline.map(label)).toEqual([
      "submitted",
      "acknowledgment",
      "change:assign",
      "note",
      "message",
      "change:status:ANSWERED",
      "change:status:CLOSED",
      "message",
    ]);
    expect(timeline.map((e) => e.at.getTime() - T0)).toEqual([0, 0, 0, 1, 2, 2, 4, 5].map((h) => h * 3_600_000));

    const [submitted, ack, assign, note, outbound, , closed, reply2] = timeline;
    expect(submitted).toMatchObject({ type: "submitted", at: at(0) });
    expect(ack).toMatchObject({ type: "acknowledgment", id: messageIdFor("ack", inquiry.id), status: "PENDING", to: inquiry.email });
    expect(assign).toMatchObject({
      type: "change",
      actor: null,
      before: { assigneeId: null },
      after: { assigneeId: robin.id, automatic: true },
    });
    expect(note).toMatchObject({ type: "note", note: { body: "Check stock in Basel", author: { name: "Ada Admin" } } });
    expect(outbound).toMatchObject({
      type: "message",
      message: { messageId: reply.messageId, direction: "OUTBOUND", author: { name: "Ada Admin" } },
    });
    expect(closed).toMatchObject({ type: "change", actor: "Ada Admin", before: { status: "ANSWERED" } });
    expect(reply2).toMatchObject({ type: "message", message: { direction: "INBOUND", text: "Thanks!" } });
  });

  it("shows only the submission for an inquiry with no acknowledgment or history", async () => {
    await db.staffMember.updateMany({ data: { autoAssignKinds: [] } });
    const inquiry = await newInquiry({ kind: "SUPPORT" });
    await db.outboxMessage.deleteMany({ where: { inquiryId: inquiry.id } });
    const timeline = buildTimeline((await getInquiryForStaff(inquiry.reference))!);
    expect(timeline).toEqual([{ type: "submitted", at: inquiry.createdAt, id: "submitted" }]);
    expect(await getInquiryForStaff("Q-1999-000000")).toBeNull();
  });
});
