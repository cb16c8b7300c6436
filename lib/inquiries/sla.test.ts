import { describe, expect, it } from "vitest";
import { env } from "@/lib/env";
import {
  addBusinessDays,
  addBusinessTime,
  businessCalendar,
  configuredCalendar,
  firstResponseDays,
  firstResponseDueAt,
  formatDuration,
  isOverdue,
  responsePromise,
  responseTime,
} from "@/lib/inquiries/sla";

const at = (iso: string) => new Date(`${iso}Z`);
const HOUR = 3_600_000;

// 09:00–17:30 in London, England and Wales bank holidays of Easter 2027 and the May Day 2026.
const london = businessCalendar({
  timeZone: "Europe/London",
  hours: "09:00-17:30",
  holidays: ["2026-05-04", "2027-03-26", "2027-03-29"],
});

describe("addBusinessDays over opening hours", () => {
  // March 2026 (GMT, UTC+0): Monday the 2nd … Friday the 6th, weekend 7th–8th, Monday the 9th.
  it("adds one business day (8.5 h) within the week", () => {
    expect(addBusinessDays(at("2026-03-02T10:00:00"), 1, london)).toEqual(at("2026-03-03T10:00:00"));
    expect(addBusinessDays(at("2026-03-02T09:00:00"), 1, london)).toEqual(at("2026-03-02T17:30:00"));
  });

  it("starts the clock at opening for submissions before opening, after closing or at the weekend", () => {
    expect(addBusinessDays(at("2026-03-02T06:00:00"), 0.5, london)).toEqual(at("2026-03-02T13:15:00"));
    expect(addBusinessDays(at("2026-03-02T20:00:00"), 1, london)).toEqual(at("2026-03-03T17:30:00"));
    expect(addBusinessDays(at("2026-03-07T12:00:00"), 1, london)).toEqual(at("2026-03-09T17:30:00"));
  });

  it("skips the weekend: Friday 15:00 plus one day is Monday 15:00, plus two is Tuesday 15:00", () => {
    expect(addBusinessDays(at("2026-03-06T15:00:00"), 1, london)).toEqual(at("2026-03-09T15:00:00"));
    expect(addBusinessDays(at("2026-03-06T15:00:00"), 2, london)).toEqual(at("2026-03-10T15:00:00"));
  });

  it("skips a bank holiday: Friday 17:00 before May Day is due Tuesday 17:00 (one day) or Wednesday 17:00 (two)", () => {
    // May 2026 is BST (UTC+1): 17:00 in London is 16:00 UTC.
    expect(addBusinessDays(at("2026-05-01T16:00:00"), 1, london)).toEqual(at("2026-05-05T16:00:00"));
    expect(addBusinessDays(at("2026-05-01T16:00:00"), 2, london)).toEqual(at("2026-05-06T16:00:00"));
  });

  it("keeps wall-clock opening hours across the change to summer time (28 March 2027) and Easter", () => {
    // Thursday 25 March 12:00 GMT: 5.5 h that day, Good Friday and Easter Monday closed, then
    // Tuesday from 09:00 BST (08:00 UTC) for the remaining 3 h.
    expect(addBusinessDays(at("2027-03-25T12:00:00"), 1, london)).toEqual(at("2027-03-30T11:00:00"));
  });

  it("keeps wall-clock opening hours across the change back (31 October 2027)", () => {
    // Friday 29 October 17:00 BST (16:00 UTC): half an hour, then Monday from 09:00 GMT.
    expect(addBusinessDays(at("2027-10-29T16:00:00"), 1, london)).toEqual(at("2027-11-01T17:00:00"));
  });

  it("does not move the start for a zero target, and leaves the input date alone", () => {
    const start = at("2026-03-04T11:11:11");
    expect(addBusinessDays(start, 0, london)).toEqual(start);
    addBusinessDays(start, 3, london);
    expect(start).toEqual(at("2026-03-04T11:11:11"));
  });

  it("counts business hours for the warning horizon", () => {
    expect(addBusinessTime(at("2026-03-06T16:30:00"), 2 * HOUR, london)).toEqual(at("2026-03-09T10:00:00"));
  });

  it("uses the configured target per kind and the configured calendar", () => {
    expect(firstResponseDays).toEqual({
      QUOTE: env.SLA_QUOTE_DAYS,
      CUSTOM_SYNTHESIS: env.SLA_CUSTOM_SYNTHESIS_DAYS,
      SUPPORT: env.SLA_SUPPORT_DAYS,
    });
    const friday = at("2026-03-06T15:00:00");
    expect(firstResponseDueAt("SUPPORT", friday)).toEqual(addBusinessDays(friday, env.SLA_SUPPORT_DAYS));
    expect(configuredCalendar.timeZone).toBe(env.BUSINESS_TIMEZONE);
  });

  it("refuses opening hours that close before they open", () => {
    expect(() => businessCalendar({ timeZone: "Europe/London", hours: "17:00-09:00", holidays: [] })).toThrow();
  });
});

describe("the response promise (issue 13.9)", () => {
  it("says whole days in words for one and in figures above", () => {
    expect(responseTime(1, london)).toBe("one business day");
    expect(responseTime(2, london)).toBe("2 business days");
    expect(responseTime(1.5, london)).toBe("1.5 business days");
  });

  it("says a target under a day in business hours of the opening hours, rounded up, never promising more than the target", () => {
    // 0.5 × 8.5 h = 4 h 15 min: promising 4 hours would be a promise we could break on time.
    expect(responseTime(0.5, london)).toBe("5 business hours");
    const eightHours = businessCalendar({ timeZone: "Europe/London", hours: "09:00-17:00", holidays: [] });
    expect(responseTime(0.5, eightHours)).toBe("4 business hours");
    expect(responseTime(0.25, eightHours)).toBe("2 business hours");
    expect(responseTime(0.125, eightHours)).toBe("one business hour");
  });

  it("promises each kind its own configured target", () => {
    const days = { QUOTE: 1, CUSTOM_SYNTHESIS: 2, SUPPORT: 0.5 } as const;
    expect(responsePromise("QUOTE", days)).toBe("within one business day");
    expect(responsePromise("CUSTOM_SYNTHESIS", days)).toBe("within 2 business days");
    expect(responsePromise("SUPPORT", days)).toMatch(/^within \d+ business hours$/);
    // The defaults: quotes in one day, custom synthesis and support in two.
    expect(responsePromise("QUOTE")).toBe(`within ${responseTime(env.SLA_QUOTE_DAYS)}`);
    expect(responsePromise("SUPPORT")).toBe(`within ${responseTime(env.SLA_SUPPORT_DAYS)}`);
  });
});

describe("isOverdue", () => {
  const now = at("2026-03-04T12:00:00");
  const late = { status: "NEW" as const, firstResponseDueAt: new Date(now.getTime() - HOUR), firstResponseAt: null };

  it("flags an open inquiry past its target with no reply yet", () => {
    expect(isOverdue(late, now)).toBe(true);
    for (const status of ["IN_REVIEW", "QUOTED", "ANSWERED"] as const) expect(isOverdue({ ...late, status }, now)).toBe(true);
  });

  it("does not flag one that is not yet due, or due this very moment", () => {
    expect(isOverdue({ ...late, firstResponseDueAt: new Date(now.getTime() + HOUR) }, now)).toBe(false);
    expect(isOverdue({ ...late, firstResponseDueAt: now }, now)).toBe(false);
  });

  it("does not flag one that got its first reply, even late", () => {
    expect(isOverdue({ ...late, firstResponseAt: new Date(now.getTime() - 60_000) }, now)).toBe(false);
  });

  it("does not flag finished or spam inquiries", () => {
    for (const status of ["WON", "LOST", "CLOSED", "SPAM"] as const) expect(isOverdue({ ...late, status }, now)).toBe(false);
  });
});

describe("formatDuration", () => {
  it("reads like a list column", () => {
    expect(formatDuration(0)).toBe("0 min");
    expect(formatDuration(12 * 60_000)).toBe("12 min");
    expect(formatDuration(59 * 60_000 + 29_000)).toBe("59 min");
    expect(formatDuration(59 * 60_000 + 31_000)).toBe("1 h");
    expect(formatDuration(3 * HOUR + 59 * 60_000)).toBe("3 h");
    expect(formatDuration(24 * HOUR)).toBe("1 d");
    expect(formatDuration(52 * HOUR)).toBe("2 d 4 h");
  });

  it("never shows a negative age", () => {
    expect(formatDuration(-5 * HOUR)).toBe("0 min");
  });
});
