import { describe, expect, it } from "vitest";
import { allVariants, SALTS, SCAFFOLDS } from "@/bench/synthetic-catalog";
import { MAX_MOLBLOCK_ATOMS, measureStructure, molblockAtomCount, structureSizeProblem } from "@/lib/catalog/structure-input";
import { products } from "@/prisma/seed-data/catalog";

describe("structure size bounds", () => {
  it("accept every demo product and every structure of the synthetic bench catalog, salts included", () => {
    const all = products.map((p) => p.smiles);
    for (const scaffold of SCAFFOLDS) {
      for (const variant of allVariants(scaffold)) {
        for (const salt of Object.values(SALTS)) all.push(salt.smiles ? `${variant.smiles}.${salt.smiles}` : variant.smiles);
      }
    }
    expect(all.length).toBeGreaterThan(10_000);
    expect(all.filter((smiles) => structureSizeProblem(smiles) !== undefined)).toEqual([]);
  });

  it("count heavy atoms, ring closures and branch depth from the text", () => {
    // LY3020371 hydrochloride, C15H18ClF2NO5S: 25 heavy atoms, ring bonds 1, 2 and 3.
    expect(measureStructure("Cl.N[C@@]1(C(=O)O)[C@H](CSc2ccc(F)c(F)c2)[C@@H](O)[C@H]3[C@H](C(=O)O)[C@H]31")).toEqual({
      heavyAtoms: 25,
      rings: 3,
      branchDepth: 2,
    });
    expect(measureStructure("c1ccccc1[Cl,Br]")).toEqual({ heavyAtoms: 7, rings: 1, branchDepth: 0 });
    expect(measureStructure("C%10CC%(123)C%10%(123)")).toMatchObject({ heavyAtoms: 4, rings: 2 });
    // A recursive SMARTS is a whole pattern inside one atom.
    expect(measureStructure(`[$(${"C".repeat(200)})]`).heavyAtoms).toBeGreaterThan(200);
  });

  it("refuse too many atoms, rings or nested branches with a message saying which", () => {
    expect(structureSizeProblem("C".repeat(990))).toBe(
      "This structure has 990 heavy atoms; structures of up to 150 can be drawn and searched here",
    );
    expect(structureSizeProblem("C".repeat(1001))).toBe("Keep the SMILES under 1,000 characters");
    expect(structureSizeProblem("C1CC1".repeat(16))).toBe(
      "This structure has 16 ring closures; structures with up to 15 can be drawn and searched here",
    );
    expect(structureSizeProblem(`${"C(".repeat(25)}C${")".repeat(25)}`)).toBe(
      "This structure nests branches 25 deep; up to 20 levels can be drawn and searched here",
    );
    expect(structureSizeProblem(`[$(${"C".repeat(200)})]`)).toMatch(/heavy atoms/);
  });

  it("read a molblock's atom count without parsing it", () => {
    const v2000 = "\n     RDKit          2D\n\n900899  0  0  0  0  0  0  0  0999 V2000\n";
    expect(molblockAtomCount(v2000)).toBe(900);
    expect(molblockAtomCount("\n  x\n\n  0  0  0  0  0  0  0  0  0  0999 V3000\nM  V30 BEGIN CTAB\nM  V30 COUNTS 1200 1199 0 0 0\n")).toBe(
      1200,
    );
    expect(molblockAtomCount(v2000)).toBeGreaterThan(MAX_MOLBLOCK_ATOMS);
  });
});
