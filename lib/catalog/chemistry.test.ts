import { describe, expect, it } from "vitest";
import { compareWithComputed, computeStructureProperties, hillFormulaFromInchi, InvalidStructureError } from "@/lib/catalog/chemistry";

describe("hillFormulaFromInchi", () => {
  it("sums salt components and writes carbon, hydrogen, then the rest alphabetically", () => {
    expect(hillFormulaFromInchi("InChI=1S/C13H16ClNO.ClH/c1-15")).toBe("C13H17Cl2NO");
    expect(hillFormulaFromInchi("InChI=1S/2C2H4O2.Ca/c")).toBe("C4H8CaO4");
    expect(hillFormulaFromInchi("InChI=1S/ClH/h1H")).toBe("ClH");
  });
});

describe("computeStructureProperties", () => {
  it("computes the identifiers of ketamine hydrochloride from its SMILES", async () => {
    const p = await computeStructureProperties("Cl.CNC1(CCCCC1=O)c1ccccc1Cl");
    expect(p.inchiKey).toBe("VCMGMSHEPQENPE-UHFFFAOYSA-N"); // NCATS GSRS
    expect(p.formula).toBe("C13H17Cl2NO");
    expect(p.molecularWeight).toBeCloseTo(274.19, 2);
    expect(p.inchi.startsWith("InChI=1S/C13H16ClNO.ClH/")).toBe(true);
    expect(p.structureSvg).toMatch(/^<svg[\s\S]*<\/svg>$/);
  });

  it("rejects a SMILES that does not parse", async () => {
    await expect(computeStructureProperties("C1CC(")).rejects.toBeInstanceOf(InvalidStructureError);
  });

  it("reports each hand-entered value that disagrees with the structure", async () => {
    const p = await computeStructureProperties("Cl.CNC1(CCCCC1=O)c1ccccc1Cl");
    expect(compareWithComputed({ formula: "C13H17Cl2NO", molecularWeight: 274.2, inchiKey: p.inchiKey }, p)).toEqual([]);
    const problems = compareWithComputed({ formula: "C13H16ClNO", molecularWeight: 237.73, inchiKey: "YQEZLKZALYSWHR-UHFFFAOYSA-N" }, p);
    expect(problems).toHaveLength(3);
    expect(problems[1]).toContain("MW 237.73");
  });
});
