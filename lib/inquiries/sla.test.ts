import { describe, expect, it } from "vitest";
import { env } from "@/lib/env";
import { addBusinessDays, firstResponseDays, firstResponseDueAt, formatDuration, isOverdue } from "@/lib/inquiries/sla";

// March 2026: Monday the 2nd … Friday the 6th, weekend 7th–8th, Monday the 9th.
const at = (iso: string) => new Date(`${iso}Z`);
const HOUR = 3_600_000;

describe("addBusinessDays", () => {
  it("adds a plain day within the week", () => {
    expect(addBusinessDays(at("2026-03-02T10:00:00"), 1)).toEqual(at("2026-03-03T10:00:00"));
    expect(addBusinessDays(at("2026-03-05T23:30:00"), 1)).toEqual(at("2026-03-06T23:30:00"));
  });

  it("skips the weekend: Friday 15:00 plus one day is Monday 15:00", () => {
    expect(addBusinessDays(at("2026-03-06T15:00:00"), 1)).toEqual(at("2026-03-09T15:00:00"));
  });

  it("starts the clock on Monday for weekend submissions", () => {
    expect(addBusinessDays(at("2026-03-07T12:00:00"), 1)).toEqual(at("2026-03-10T00:00:00"));
    expect(addBusinessDays(at("2026-03-08T18:45:00"), 0.5)).toEqual(at("2026-03-09T12:00:00"));
  });

  it("crosses a weekend in the middle of a two-day target", () => {
    expect(addBusinessDays(at("2026-03-05T09:00:00"), 2)).toEqual(at("2026-03-09T09:00:00"));
    expect(addBusinessDays(at("2026-03-06T15:00:00"), 2)).toEqual(at("2026-03-10T15:00:00"));
    // Two weekends in a seven-business-day target.
    expect(addBusinessDays(at("2026-03-06T08:00:00"), 7)).toEqual(at("2026-03-17T08:00:00"));
  });

  it("handles fractional days, across midnight and across the weekend", () => {
    expect(addBusinessDays(at("2026-03-02T10:00:00"), 0.25)).toEqual(at("2026-03-02T16:00:00"));
    expect(addBusinessDays(at("2026-03-02T20:00:00"), 0.5)).toEqual(at("2026-03-03T08:00:00"));
    expect(addBusinessDays(at("2026-03-06T20:00:00"), 1.5)).toEqual(at("2026-03-10T08:00:00"));
  });

  it("does not move the start for a zero target, and leaves the input date alone", () => {
    const start = at("2026-03-04T11:11:11");
    expect(addBusinessDays(start, 0)).toEqual(start);
    addBusinessDays(start, 3);
    expect(start).toEqual(at("2026-03-04T11:11:11"));
  });

  it("uses the configured target per kind", () => {
    expect(firstResponseDays).toEqual({
      QUOTE: env.SLA_QUOTE_DAYS,
      CUSTOM_SYNTHESIS: env.SLA_CUSTOM_SYNTHESIS_DAYS,
      SUPPORT: env.SLA_SUPPORT_DAYS,
    });
    const friday = at("2026-03-06T15:00:00");
    expect(firstResponseDueAt("SUPPORT", friday)).toEqual(addBusinessDays(friday, env.SLA_SUPPORT_DAYS));
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
