import { randomUUID } from "node:crypto";
import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { InquiryKind, InquiryStatus } from "@/lib/generated/prisma/enums";
import { createInquiry } from "@/lib/inquiries/create-inquiry";
import { byWeekAndKind, getDashboard, isoWeekStart, recentWeeks } from "@/lib/triage/dashboard";

const at = (iso: string) => new Date(`${iso}Z`);
const HOUR = 3_600_000;

describe("week bucketing", () => {
  it("starts each ISO week on Monday at midnight UTC", () => {
    expect(isoWeekStart(at("2001-03-12T00:00:00"))).toEqual(at("2001-03-12T00:00:00"));
    expect(isoWeekStart(at("2001-03-14T12:30:00"))).toEqual(at("2001-03-12T00:00:00"));
    expect(isoWeekStart(at("2001-03-18T23:59:59.999"))).toEqual(at("2001-03-12T00:00:00"));
    expect(isoWeekStart(at("2001-03-11T23:59:59.999"))).toEqual(at("2001-03-05T00:00:00"));
    // Across a year end: Friday 1 January 2021 belongs to the week of Monday 28 December.
    expect(isoWeekStart(at("2021-01-01T08:00:00"))).toEqual(at("2020-12-28T00:00:00"));
  });

  it("lists the Mondays of the last 12 weeks, oldest first, ending with the current week", () => {
    const weeks = recentWeeks(at("2021-01-01T08:00:00"));
    expect(weeks).toHaveLength(12);
    expect(weeks.at(-1)).toBe("2020-12-28");
    expect(weeks[0]).toBe("2020-10-12");
    expect(recentWeeks(at("2021-01-01T08:00:00"), 3)).toEqual(["2020-12-14", "2020-12-21", "2020-12-28"]);
  });

  it("gives every week a value per kind, the missing value for quiet weeks, and drops weeks outside the range", () => {
    const weeks = ["2020-12-14", "2020-12-21", "2020-12-28"];
    const rows = [
      { kind: "QUOTE" as const, week: "2020-12-14", value: 4 },
      { kind: "SUPPORT" as const, week: "2020-12-14", value: 1 },
      { kind: "CUSTOM_SYNTHESIS" as const, week: "2020-12-28", value: 2 },
      { kind: "QUOTE" as const, week: "2020-12-07", value: 9 },
    ];
    expect(byWeekAndKind(weeks, rows, 0)).toEqual([
      { week: "2020-12-14", values: { QUOTE: 4, CUSTOM_SYNTHESIS: 0, SUPPORT: 1 } },
      { week: "2020-12-21", values: { QUOTE: 0, CUSTOM_SYNTHESIS: 0, SUPPORT: 0 } },
      { week: "2020-12-28", values: { QUOTE: 0, CUSTOM_SYNTHESIS: 2, SUPPORT: 0 } },
    ]);
    expect(byWeekAndKind<number | null>(weeks, [], null)[1]).toEqual({
      week: "2020-12-21",
      values: { QUOTE: null, CUSTOM_SYNTHESIS: null, SUPPORT: null },
    });
  });
});

describe("getDashboard", () => {
  // A Wednesday long before any other test's data, so the weekly series and the overdue list hold
  // only this test's inquiries even on a shared PostgreSQL database; the all-time counts are
  // compared before and after. Removed afterwards, so a second run finds the weeks empty again.
  const now = at("2001-03-14T12:00:00");
  const created: string[] = [];
  const staffIds: string[] = [];

  afterAll(async () => {
    await db.inquiry.deleteMany({ where: { id: { in: created } } });
    await db.staffMember.deleteMany({ where: { id: { in: staffIds } } });
  });

  type Seed = { kind: InquiryKind; status: InquiryStatus; created: string; due: string; answeredAfterHours?: number; assigned?: boolean };

  async function seedInquiry(seed: Seed, staffId: string) {
    const tag = randomUUID().slice(0, 8);
    const { id, reference } = await createInquiry({
      kind: seed.kind,
      idempotencyKey: randomUUID(),
      requester: { name: `Requester ${tag}`, email: `dash+${tag}@example.edu`, institution: `Institute ${tag}`, country: "Spain" },
      details: {},
      items: [],
      rows: [],
    });
    created.push(id);
    const createdAt = at(seed.created);
    await db.inquiry.update({
      where: { id },
      data: {
        status: seed.status,
        createdAt,
        firstResponseDueAt: at(seed.due),
        firstResponseAt: seed.answeredAfterHours === undefined ? null : new Date(createdAt.getTime() + seed.answeredAfterHours * HOUR),
        assigneeId: seed.assigned ? staffId : null,
      },
    });
    return reference;
  }

  it("counts intake per week and kind, medians per week of reply, open inquiries, and lists the overdue", async () => {
    const before = await getDashboard({ now });
    const staff = await db.staffMember.create({
      data: { email: `dash.${randomUUID().slice(0, 8)}@reagentdesk.example`, name: "Ines Ortega" },
    });
    staffIds.push(staff.id);
    const seed = (s: Seed) => seedInquiry(s, staff.id);

    const overdueThisWeek = await seed({ kind: "QUOTE", status: "NEW", created: "2001-03-12T09:00:00", due: "2001-03-13T09:00:00" });
    await seed({ kind: "QUOTE", status: "NEW", created: "2001-03-14T08:00:00", due: "2001-03-15T08:00:00" });
    await seed({ kind: "QUOTE", status: "SPAM", created: "2001-03-13T08:00:00", due: "2001-03-14T08:00:00" });
    const overdueLastWeek = await seed({
      kind: "SUPPORT",
      status: "IN_REVIEW",
      created: "2001-03-05T10:00:00",
      due: "2001-03-07T10:00:00",
      assigned: true,
    });
    // Finished without a reply: past its target, but nothing left to do.
    await seed({ kind: "SUPPORT", status: "CLOSED", created: "2001-03-05T11:00:00", due: "2001-03-07T11:00:00" });
    // Three quotes answered in the week of 5 March (odd count) ...
    for (const hours of [2, 9, 4]) {
      await seed({
        kind: "QUOTE",
        status: "QUOTED",
        created: "2001-03-05T08:00:00",
        due: "2001-03-06T08:00:00",
        answeredAfterHours: hours,
        assigned: true,
      });
    }
    // ... two custom syntheses in the week of 26 February (even count) ...
    for (const hours of [1, 4]) {
      await seed({
        kind: "CUSTOM_SYNTHESIS",
        status: "ANSWERED",
        created: "2001-02-26T08:00:00",
        due: "2001-02-28T08:00:00",
        answeredAfterHours: hours,
        assigned: true,
      });
    }
    // ... and one received in the last week of the range but answered in the current one.
    await seed({
      kind: "CUSTOM_SYNTHESIS",
      status: "ANSWERED",
      created: "2001-03-09T08:00:00",
      due: "2001-03-13T08:00:00",
      answeredAfterHours: 75,
      assigned: true,
    });
    // Outside the 12 weeks, and in the future of `now`.
    await seed({ kind: "QUOTE", status: "CLOSED", created: "2000-11-01T08:00:00", due: "2000-11-02T08:00:00", answeredAfterHours: 1 });
    await seed({ kind: "QUOTE", status: "CLOSED", created: "2001-03-15T08:00:00", due: "2001-03-16T08:00:00", answeredAfterHours: 1 });

    const dashboard = await getDashboard({ now });

    expect(dashboard.receivedPerWeek).toHaveLength(12);
    expect(dashboard.receivedPerWeek[0]?.week).toBe("2000-12-25");
    const received = Object.fromEntries(dashboard.receivedPerWeek.map((w) => [w.week, w.values]));
    expect(received["2001-03-12"]).toEqual({ QUOTE: 2, CUSTOM_SYNTHESIS: 0, SUPPORT: 0 });
    expect(received["2001-03-05"]).toEqual({ QUOTE: 3, CUSTOM_SYNTHESIS: 1, SUPPORT: 2 });
    expect(received["2001-02-26"]).toEqual({ QUOTE: 0, CUSTOM_SYNTHESIS: 2, SUPPORT: 0 });
    expect(received["2001-01-15"]).toEqual({ QUOTE: 0, CUSTOM_SYNTHESIS: 0, SUPPORT: 0 });

    const medians = Object.fromEntries(dashboard.medianHoursPerWeek.map((w) => [w.week, w.values]));
    expect(medians["2001-03-05"]).toEqual({ QUOTE: 4, CUSTOM_SYNTHESIS: null, SUPPORT: null });
    expect(medians["2001-02-26"]).toEqual({ QUOTE: null, CUSTOM_SYNTHESIS: 2.5, SUPPORT: null });
    expect(medians["2001-03-12"]).toEqual({ QUOTE: null, CUSTOM_SYNTHESIS: 75, SUPPORT: null });
    expect(medians["2000-12-25"]).toEqual({ QUOTE: null, CUSTOM_SYNTHESIS: null, SUPPORT: null });

    const added = (status: InquiryStatus) =>
      (dashboard.openByStatus.find((s) => s.status === status)?.count ?? 0) -
      (before.openByStatus.find((s) => s.status === status)?.count ?? 0);
    expect(dashboard.openByStatus.map((s) => s.status)).toEqual(["NEW", "IN_REVIEW", "QUOTED", "ANSWERED"]);
    expect({ NEW: added("NEW"), IN_REVIEW: added("IN_REVIEW"), QUOTED: added("QUOTED"), ANSWERED: added("ANSWERED") }).toEqual({
      NEW: 2,
      IN_REVIEW: 1,
      QUOTED: 3,
      ANSWERED: 3,
    });
    expect(dashboard.totals.open - before.totals.open).toBe(9);
    expect(dashboard.totals.unassigned - before.totals.unassigned).toBe(2);

    expect(dashboard.overdue.map((o) => o.reference)).toEqual([overdueLastWeek, overdueThisWeek]);
    expect(dashboard.overdue[0]).toMatchObject({
      kind: "SUPPORT",
      assignee: { name: "Ines Ortega" },
      firstResponseDueAt: at("2001-03-07T10:00:00"),
    });
    expect(dashboard.overdue[1]?.assignee).toBeNull();
    expect(dashboard.totals.overdue).toBe(2);
    expect(dashboard.totals.newToday).toBe(1);
  });
});
