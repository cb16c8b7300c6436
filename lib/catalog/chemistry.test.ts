import { describe, expect, it } from "vitest";
import { allVariants, SALTS, SCAFFOLDS } from "@/bench/synthetic-catalog";
import {
  compareWithComputed,
  computeStructureProperties,
  drawStructure,
  hillFormulaFromInchi,
  InvalidStructureError,
  loadRDKit,
  roundMass,
} from "@/lib/catalog/chemistry";
import { products } from "@/prisma/seed-data/catalog";

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

describe("masses from the formula", () => {
  // The import computes MW and exact mass from the InChI formula instead of RDKit's slower
  // get_descriptors(); both must give the same rounded values on every kind of structure we sell.
  async function descriptorMasses(smiles: string) {
    const RDKit = await loadRDKit();
    const mol = RDKit.get_mol(smiles)!;
    try {
      const { amw, exactmw } = JSON.parse(mol.get_descriptors()) as { amw: number; exactmw: number };
      return { molecularWeight: roundMass(amw, 2), exactMass: roundMass(exactmw, 4) };
    } finally {
      mol.delete();
    }
  }

  it("agrees with RDKit's descriptors on the demo catalog and on every scaffold of the synthetic catalog with each salt", async () => {
    const saltSmiles = Object.values(SALTS).map((s) => s.smiles);
    const synthetic = SCAFFOLDS.flatMap((scaffold) => {
      const variants = [...allVariants(scaffold)];
      // Every 97th variant: all sites and substituents are covered without parsing 11,698 structures.
      return variants
        .filter((_, i) => i % 97 === 0)
        .flatMap((v, i) => [v.smiles, `${v.smiles}.${saltSmiles[i % saltSmiles.length]}`.replace(/\.$/, "")]);
    });
    const charged = ["C[N+](C)(C)C.[Cl-]", "[2H]C([2H])([2H])N1CCC(CC1)c1ccccc1", "[O-]C(=O)c1ccccc1.[Na+]"];
    const all = [...products.map((p) => p.smiles), ...synthetic, ...charged];
    expect(all.length).toBeGreaterThan(250);
    for (const smiles of all) {
      const { molecularWeight, exactMass } = await computeStructureProperties(smiles, { draw: false });
      expect({ smiles, molecularWeight, exactMass }).toEqual({ smiles, ...(await descriptorMasses(smiles)) });
    }
  });

  it("rounds half up whatever float noise the sum carries", () => {
    expect(roundMass(337.37499999999994, 2)).toBe(337.38);
    expect(roundMass(337.37500000000006, 2)).toBe(337.38);
    expect(roundMass(274.18499999, 2)).toBe(274.19);
    expect(roundMass(274.1849, 2)).toBe(274.18);
  });

  it("leaves the drawing out when asked, for the import", async () => {
    expect((await computeStructureProperties("CCO", { draw: false })).structureSvg).toBe("");
    expect(await drawStructure("CCO")).toMatch(/^<svg/);
    expect(await drawStructure("C1CC(")).toBeUndefined();
  });
});
