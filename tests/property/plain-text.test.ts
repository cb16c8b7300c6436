// The text rules every form and search box shares (lib/core/plain-text.ts).
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { truncate } from "@/lib/core/plain-text";
import { RUNS } from "@/tests/property/hostile";

describe("truncate", () => {
  it("keeps a prefix of at most max units and never splits a surrogate pair", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 60 }), fc.nat({ max: 80 }), (value, max) => {
        const cut = truncate(value, max);
        expect(value.startsWith(cut)).toBe(true);
        expect(cut.length).toBeLessThanOrEqual(max);
        expect(cut.length).toBeGreaterThanOrEqual(Math.min(value.length, max) - 1);
        expect(cut.isWellFormed()).toBe(true);
      }),
      { numRuns: RUNS * 10 },
    );
  });
});
