import { describe, expect, it } from "vitest";
import { CONTROLLED_SCAFFOLDS, SCREEN_FAILED_KEY } from "@/lib/catalog/controlled-scaffolds";
import { rdkitPool } from "@/lib/catalog/rdkit-pool";
import { screenControlledScaffolds } from "@/lib/catalog/scaffold-screen";

// Real structures through the real RDKit worker pool. SMILES as in the catalog seed where the
// compound is sold (ketamine, LY341495); the others written from their names.
const STRUCTURES = {
  ketamineHcl: "Cl.CNC1(CCCCC1=O)c1ccccc1Cl",
  esketamine: "CN[C@@]1(CCCCC1=O)c1ccccc1Cl",
  phencyclidine: "C1CCC(CC1)(c1ccccc1)N1CCCCC1",
  fentanyl: "CCC(=O)N(c1ccccc1)C1CCN(CCc2ccccc2)CC1",
  carfentanil: "CCC(=O)N(c1ccccc1)C1(C(=O)OC)CCN(CCc2ccccc2)CC1",
  anpp: "c1ccc(NC2CCN(CCc3ccccc3)CC2)cc1",
  npp: "O=C1CCN(CCc2ccccc2)CC1",
  phenylacetone: "CC(=O)Cc1ccccc1",
  benzene: "c1ccccc1",
  ly341495: "N[C@](CC1c2ccccc2Oc2ccccc21)(C(=O)O)[C@H]1C[C@@H]1C(=O)O",
  // Not controlled, and close to the patterns: a cyclohexylamine without the aryl on that carbon, an
  // N-aryl amide on an open chain, 4-piperidone without the phenethyl, and propiophenone.
  cyclohexylamine: "NC1CCCCC1",
  acetanilide: "CC(=O)Nc1ccccc1",
  piperidone: "O=C1CCNCC1",
  propiophenone: "CCC(=O)c1ccccc1",
};

describe("controlled-scaffold screen", () => {
  it("reads every pattern in the list, with unique keys and a source", async () => {
    expect(new Set(CONTROLLED_SCAFFOLDS.map((s) => s.key)).size).toBe(CONTROLLED_SCAFFOLDS.length);
    for (const s of CONTROLLED_SCAFFOLDS) expect(s.source.length).toBeGreaterThan(10);
    // A pattern RDKit cannot read would throw in the worker.
    expect(await rdkitPool().run("matchSmarts", { smiles: "C", patterns: CONTROLLED_SCAFFOLDS.map((s) => s.smarts) })).toEqual([]);
  });

  it("flags ketamine (and its salt), esketamine and PCP as arylcyclohexylamines", async () => {
    expect(await screenControlledScaffolds(STRUCTURES.ketamineHcl)).toEqual(["arylcyclohexylamine"]);
    expect(await screenControlledScaffolds(STRUCTURES.esketamine)).toEqual(["arylcyclohexylamine"]);
    expect(await screenControlledScaffolds(STRUCTURES.phencyclidine)).toEqual(["arylcyclohexylamine"]);
  });

  it("flags fentanyl and carfentanil on the fentanyl core, and the precursors ANPP, NPP and P2P", async () => {
    expect(await screenControlledScaffolds(STRUCTURES.fentanyl)).toEqual(["fentanyl-core"]);
    expect(await screenControlledScaffolds(STRUCTURES.carfentanil)).toEqual(["fentanyl-core"]);
    expect(await screenControlledScaffolds(STRUCTURES.anpp)).toEqual(["anpp"]);
    expect(await screenControlledScaffolds(STRUCTURES.npp)).toEqual(["npp"]);
    expect(await screenControlledScaffolds(STRUCTURES.phenylacetone)).toEqual(["phenylacetone"]);
  });

  it("does not flag benzene, LY341495 or near misses", async () => {
    for (const smiles of [
      STRUCTURES.benzene,
      STRUCTURES.ly341495,
      STRUCTURES.cyclohexylamine,
      STRUCTURES.acetanilide,
      STRUCTURES.piperidone,
      STRUCTURES.propiophenone,
    ])
      expect(await screenControlledScaffolds(smiles), smiles).toEqual([]);
  });

  it("flags an unreadable structure as not screened rather than passing it", async () => {
    expect(await screenControlledScaffolds("C1CC(")).toEqual([SCREEN_FAILED_KEY]);
  });
});
