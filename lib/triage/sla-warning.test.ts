import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { businessCalendar } from "@/lib/inquiries/sla";
import { sendSlaWarnings, SLA_WARNING_TEMPLATE } from "@/lib/triage/sla-warning";
import { createStaff, newInquiry } from "@/tests/inquiry-fixtures";
import { renderedAll } from "@/tests/outbox-fixtures";

const HOUR = 3_600_000;
const london = businessCalendar({ timeZone: "Europe/London", hours: "09:00-17:30", holidays: [] });
// Tuesday 3 March 2026, 10:00 in London (GMT): two business hours ahead is 12:00 the same day.
const now = new Date("2026-03-03T10:00:00Z");

async function inquiryDue(
  dueAt: Date,
  changes: { assigneeId?: string | null; status?: "NEW" | "ANSWERED" | "CLOSED"; answered?: boolean } = {},
) {
  const inquiry = await newInquiry();
  return db.inquiry.update({
    where: { id: inquiry.id },
    data: {
      firstResponseDueAt: dueAt,
      assigneeId: changes.assigneeId ?? null,
      status: changes.status ?? "NEW",
      firstResponseAt: changes.answered ? new Date(now.getTime() - HOUR) : null,
    },
  });
}

const warningsFor = async (inquiryId: string) =>
  renderedAll(await db.outboxMessage.findMany({ where: { inquiryId, template: SLA_WARNING_TEMPLATE } }));

describe("sendSlaWarnings", () => {
  it("warns the assignee once, only for assigned open unanswered inquiries falling due within the warning hours", async () => {
    const dana = await createStaff({ name: "Dana Okafor" });
    const soon = await inquiryDue(new Date(now.getTime() + 90 * 60_000), { assigneeId: dana.id });
    const unassigned = await inquiryDue(new Date(now.getTime() + HOUR));
    const answered = await inquiryDue(new Date(now.getTime() + HOUR), { assigneeId: dana.id, answered: true });
    const closed = await inquiryDue(new Date(now.getTime() + HOUR), { assigneeId: dana.id, status: "CLOSED" });
    const later = await inquiryDue(new Date(now.getTime() + 3 * HOUR), { assigneeId: dana.id });
    const overdue = await inquiryDue(new Date(now.getTime() - HOUR), { assigneeId: dana.id });

    await sendSlaWarnings({ now, hours: 2, calendar: london });
    const [warning, ...more] = await warningsFor(soon.id);
    expect(more).toEqual([]);
    expect(warning).toMatchObject({ toAddress: dana.email, subject: `First response due soon: ${soon.reference}` });
    expect(warning!.text).toContain("Dana Okafor");
    expect(warning!.text).toContain("Tue, 3 Mar 2026, 11:30 (Europe/London)");
    expect((await db.inquiry.findUniqueOrThrow({ where: { id: soon.id } })).slaWarningSentAt).toEqual(now);
    for (const other of [unassigned, answered, closed, later, overdue]) expect(await warningsFor(other.id)).toEqual([]);

    // The next round, and two processes at once, send nothing more.
    await Promise.all([sendSlaWarnings({ now, hours: 2, calendar: london }), sendSlaWarnings({ now, hours: 2, calendar: london })]);
    expect(await warningsFor(soon.id)).toHaveLength(1);
  });

  it("counts business hours: at 16:30 on a Friday, Monday 10:00 is within two hours and Monday 11:00 is not", async () => {
    const dana = await createStaff();
    const friday = new Date("2026-03-06T16:30:00Z");
    const monday10 = await inquiryDue(new Date("2026-03-09T10:00:00Z"), { assigneeId: dana.id });
    const monday11 = await inquiryDue(new Date("2026-03-09T11:00:00Z"), { assigneeId: dana.id });
    await sendSlaWarnings({ now: friday, hours: 2, calendar: london });
    expect(await warningsFor(monday10.id)).toHaveLength(1);
    expect(await warningsFor(monday11.id)).toEqual([]);
  });
});
