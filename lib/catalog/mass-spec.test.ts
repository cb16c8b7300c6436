import { describe, expect, it } from "vitest";
import { computeParentSpecies } from "@/lib/catalog/chemistry";
import { calculatedMz, formatMz, massErrorPpm } from "@/lib/catalog/mass-spec";

// Hand-worked monoisotopic masses from the IUPAC/NIST isotope masses: ¹²C 12 (exact), ¹H 1.00782503,
// ¹⁴N 14.00307401, ¹⁶O 15.99491462, ¹⁹F 18.99840316, ³²S 31.97207117, ³⁵Cl 34.96885268.
// Ketamine free base C13H16ClNO: 13×12 + 16×1.00782503 + 34.96885268 + 14.00307401 + 15.99491462 = 237.0920418
const KETAMINE_BASE = 237.0920418;
// LY3020371 free acid C15H15F2NO5S: 180 + 15×1.00782503 + 2×18.99840316 + 14.00307401 + 5×15.99491462 + 31.97207117 = 359.0639000
const LY3020371_ACID = 359.0639;

describe("calculated m/z", () => {
  it("adds a proton for [M+H]+: ketamine 237.0920 + 1.007276 = 238.0993", () => {
    expect(formatMz(calculatedMz(KETAMINE_BASE, "M_PLUS_H"))).toBe("238.0993");
  });
  it("adds Na+ for [M+Na]+: ketamine 237.0920 + 22.989218 = 260.0813", () => {
    expect(formatMz(calculatedMz(KETAMINE_BASE, "M_PLUS_NA"))).toBe("260.0813");
  });
  it("takes a proton away for [M-H]-: LY3020371 359.0639 − 1.007276 = 358.0566", () => {
    expect(formatMz(calculatedMz(LY3020371_ACID, "M_MINUS_H"))).toBe("358.0566");
  });
  it("gives the mass error in ppm: 238.0995 found against 238.0993 calculated is +0.8 ppm", () => {
    expect(massErrorPpm(238.0995, 238.09932).toFixed(1)).toBe("0.8");
    expect(massErrorPpm(238.099, 238.09932)).toBeLessThan(0);
  });
});

describe("the parent species RDKit gives for a salt", () => {
  it("is the free base of a hydrochloride, not the salt", async () => {
    const parent = await computeParentSpecies("Cl.CNC1(CCCCC1=O)c1ccccc1Cl");
    expect(parent.formula).toBe("C13H16ClNO");
    expect(parent.exactMass).toBeCloseTo(KETAMINE_BASE, 5);
    expect(formatMz(calculatedMz(parent.exactMass, "M_PLUS_H"))).toBe("238.0993");
  });
  it("is the free acid of LY3020371 hydrochloride, and the same as the free acid record's", async () => {
    const salt = await computeParentSpecies("Cl.N[C@@]1(C(=O)O)[C@H](CSc2ccc(F)c(F)c2)[C@@H](O)[C@H]3[C@H](C(=O)O)[C@H]31");
    const acid = await computeParentSpecies("N[C@@]1(C(=O)O)[C@H](CSc2ccc(F)c(F)c2)[C@@H](O)[C@H]3[C@H](C(=O)O)[C@H]31");
    expect(salt).toEqual(acid);
    expect(salt.formula).toBe("C15H15F2NO5S");
    expect(salt.exactMass).toBeCloseTo(LY3020371_ACID, 4);
  });
  it("drops a counter-ion with fewer heavy atoms: MK-801 maleate is seen as MK-801 (C16H15N)", async () => {
    const parent = await computeParentSpecies("C[C@]1(C2=C(C[C@H]3N1)C=CC=C2)C4=C3C=CC=C4.OC(=O)/C=C\\C(=O)O");
    expect(parent.formula).toBe("C16H15N");
    // 16×12 + 15×1.00782503 + 14.00307401 = 221.1204495
    expect(parent.exactMass).toBeCloseTo(221.12045, 4);
  });
});
