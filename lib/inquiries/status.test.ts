import { describe, expect, it } from "vitest";
import type { InquiryStatus } from "@/lib/generated/prisma/enums";
import {
  allowedTransitions,
  canTransition,
  closesInquiry,
  isFinished,
  openStatuses,
  statusLabels,
  statusOrder,
} from "@/lib/inquiries/status";

// The workflow as staff are told it works: new → in review → quoted/answered → won/lost/closed;
// a finished inquiry only reopens to in review; spam is left only through "Not spam".
const expected: Record<InquiryStatus, InquiryStatus[]> = {
  NEW: ["IN_REVIEW", "QUOTED", "ANSWERED", "CLOSED"],
  IN_REVIEW: ["QUOTED", "ANSWERED", "CLOSED"],
  QUOTED: ["IN_REVIEW", "WON", "LOST", "CLOSED"],
  ANSWERED: ["IN_REVIEW", "WON", "LOST", "CLOSED"],
  WON: ["IN_REVIEW"],
  LOST: ["IN_REVIEW"],
  CLOSED: ["IN_REVIEW"],
  SPAM: [],
};

describe("status workflow", () => {
  it("offers exactly the documented next statuses from every status", () => {
    expect(statusOrder).toEqual(["NEW", "IN_REVIEW", "QUOTED", "ANSWERED", "WON", "LOST", "CLOSED", "SPAM"]);
    for (const from of statusOrder) expect([...allowedTransitions(from)].sort(), from).toEqual([...expected[from]].sort());
  });

  it("canTransition agrees with allowedTransitions for every pair, and never allows staying put", () => {
    for (const from of statusOrder) {
      for (const to of statusOrder) expect(canTransition(from, to), `${from} → ${to}`).toBe(expected[from].includes(to));
      expect(canTransition(from, from)).toBe(false);
    }
  });

  it("has no way out of spam, and no way into it, through the ordinary workflow", () => {
    expect(allowedTransitions("SPAM")).toEqual([]);
    for (const from of statusOrder) expect(canTransition(from, "SPAM")).toBe(false);
  });

  it("reopens won, lost and closed inquiries only to in review", () => {
    for (const from of ["WON", "LOST", "CLOSED"] as const) {
      expect(allowedTransitions(from)).toEqual(["IN_REVIEW"]);
      expect(canTransition(from, "NEW")).toBe(false);
      expect(canTransition(from, "QUOTED")).toBe(false);
    }
    // Won or lost needs a quote or an answer first.
    expect(canTransition("NEW", "WON")).toBe(false);
    expect(canTransition("IN_REVIEW", "LOST")).toBe(false);
  });

  it("treats won, lost, closed and spam as finished, the rest as open", () => {
    expect(statusOrder.filter(isFinished)).toEqual(["WON", "LOST", "CLOSED", "SPAM"]);
    expect(openStatuses).toEqual(["NEW", "IN_REVIEW", "QUOTED", "ANSWERED"]);
  });

  it("stamps closedAt only for won, lost and closed (not for spam)", () => {
    expect(statusOrder.filter(closesInquiry)).toEqual(["WON", "LOST", "CLOSED"]);
  });

  it("has a label for every status", () => {
    expect(statusLabels.IN_REVIEW).toBe("In review");
    for (const s of statusOrder) expect(statusLabels[s]).toMatch(/^[A-Z][a-z ]+$/);
  });
});
