import { describe, expect, it } from "vitest";
import { durationAxis, formatHours, numberAxis } from "@/lib/triage/chart-axis";

const labels = (axis: { ticks: { label: string }[] }) => axis.ticks.map((t) => t.label);

describe("durationAxis", () => {
  it("steps in minutes below an hour: a 6-minute median no longer reads 0 / 0.1 / 0.1", () => {
    expect(labels(durationAxis(0.1))).toEqual(["0", "2 min", "4 min", "6 min"]);
    expect(durationAxis(0.1).top).toBeCloseTo(0.1);
    expect(labels(durationAxis(0.75))).toEqual(["0", "15 min", "30 min", "45 min"]);
  });

  it("steps in hours and days as the values grow, every label different", () => {
    expect(labels(durationAxis(1.8))).toEqual(["0", "30 min", "1 h", "1.5 h", "2 h"]);
    expect(labels(durationAxis(20))).toEqual(["0", "6 h", "12 h", "18 h", "24 h"]);
    expect(labels(durationAxis(100))).toEqual(["0", "2 d", "4 d", "6 d"]);
    expect(labels(durationAxis(24 * 200))).toEqual(["0", "50 d", "100 d", "150 d", "200 d"]);
    // No replies yet: an hour's axis, in quarters.
    expect(labels(durationAxis(0))).toEqual(["0", "15 min", "30 min", "45 min", "1 h"]);
    for (const max of [0, 0.01, 0.1, 0.3, 0.5, 0.9, 1, 2.5, 7, 13, 30, 49, 200, 1000, 5000]) {
      const axis = durationAxis(max);
      expect(new Set(labels(axis)).size, `max ${max}`).toBe(axis.ticks.length);
      expect(axis.top).toBeGreaterThanOrEqual(max);
      expect(axis.ticks.length, `max ${max}`).toBeGreaterThanOrEqual(2);
      expect(axis.ticks.length, `max ${max}`).toBeLessThanOrEqual(6);
    }
  });
});

describe("numberAxis", () => {
  it("prints each tick to the precision of its step", () => {
    expect(labels(numberAxis(0.1))).toEqual(["0", "0.05", "0.1"]);
    expect(labels(numberAxis(0.9))).toEqual(["0", "0.5", "1"]);
    expect(labels(numberAxis(0.7))).toEqual(["0", "0.2", "0.4", "0.6", "0.8"]);
    expect(labels(numberAxis(7, { integer: true }))).toEqual(["0", "2", "4", "6", "8"]);
    expect(labels(numberAxis(0, { integer: true }))).toEqual(["0", "1"]);
    expect(labels(numberAxis(2, { integer: true }))).toEqual(["0", "1", "2"]);
  });
});

describe("formatHours", () => {
  it("prints a median in minutes, hours or days", () => {
    expect(formatHours(0.1)).toBe("6 min");
    expect(formatHours(3.46)).toBe("3.5 h");
    expect(formatHours(50)).toBe("2.1 d");
  });
});
