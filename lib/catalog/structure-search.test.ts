import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { InvalidStructureError } from "@/lib/catalog/chemistry";
import { seedCatalog } from "@/lib/catalog/seed-catalog";
import { rdkitPool, RDKitWorkerError } from "@/lib/catalog/rdkit-pool";
import {
  drawQueryPreview,
  findSimilarProducts,
  parseStructureSearchParams,
  similaritySearch,
  StructureTooLargeError,
  substructureSearch,
} from "@/lib/catalog/structure-search";
import * as catalog from "@/prisma/seed-data/catalog";

beforeAll(async () => {
  await seedCatalog(db, catalog);
});

const names = (result: { hits: { name: string }[] }) => result.hits.map((h) => h.name);

// The structures asserted on below, from prisma/seed-data/catalog.ts:
//   LY3020371 (+ HCl)  N[C@@]1(C(=O)O)[C@H](CSc2ccc(F)c(F)c2)[C@@H](O)[C@H]3[C@H](C(=O)O)[C@H]31
//   LY354740           N[C@@]1(C(=O)O)CC[C@H]2[C@H](C(=O)O)[C@@H]12     (same bicyclo[3.1.0]hexane core)
//   LY379268           N[C@@]1(C(=O)O)CO[C@H]2[C@H](C(=O)O)[C@@H]12     (2-oxa: not that carbocycle)
//   ketamine HCl       Cl.CNC1(CCCCC1=O)c1ccccc1Cl,   esketamine HCl: the same with [C@@]
//   (2R,6R)-HNK HCl    Cl.N[C@@]1(c2ccccc2Cl)CCC[C@@H](O)C1=O           (NH2: no N-methyl)
//   memantine HCl, rapastinel: no aromatic ring.
describe("substructureSearch", () => {
  it("finds LY3020371 and its hydrochloride from their bicyclic amino-acid core, with the arylthiomethyl arm", async () => {
    const result = await substructureSearch("NC1(C(=O)O)C(CSc2ccccc2)C(O)C2C(C(=O)O)C21");
    expect(names(result)).toEqual(["LY3020371", "LY3020371 hydrochloride"]);
    expect(result.hits.map((h) => h.catalogNumber).sort()).toEqual(["B8105958", "B8105959"]);
    expect(result.queryKind).toBe("smiles");
  });

  it("the bare bicyclo[3.1.0]hexane amino diacid also finds LY354740, not the 2-oxa LY379268 nor ketamine", async () => {
    const result = await substructureSearch("NC1(C(=O)O)CCC2C(C(=O)O)C21");
    expect(names(result)).toEqual(["LY3020371", "LY3020371 hydrochloride", "LY354740"]);
    expect(names(result)).not.toContain("LY379268");
    expect(names(result)).not.toContain("Ketamine hydrochloride");
  });

  it("the N-methyl arylcyclohexylamine core finds ketamine and esketamine, not the primary amine HNK nor memantine", async () => {
    const result = await substructureSearch("CNC1(CCCCC1)c1ccccc1");
    expect(names(result)).toEqual(["Esketamine hydrochloride", "Ketamine hydrochloride"]);
    // Without the methyl the primary amine (2R,6R)-HNK matches too; memantine (no aryl) still does not.
    const primary = await substructureSearch("NC1(CCCCC1)c1ccccc1");
    expect(names(primary)).toEqual(["(2R,6R)-Hydroxynorketamine hydrochloride", "Esketamine hydrochloride", "Ketamine hydrochloride"]);
  });

  it("benzene finds every product with a benzene ring and none without", async () => {
    const result = await substructureSearch("c1ccccc1");
    expect(names(result).sort()).toEqual(
      [
        "LY3020371",
        "LY3020371 hydrochloride",
        "Ketamine hydrochloride",
        "Esketamine hydrochloride",
        "LY341495",
        "(+)-MK-801 hydrogen maleate",
        "(2R,6R)-Hydroxynorketamine hydrochloride",
        "CX-516",
      ].sort(),
    );
    for (const absent of ["Memantine hydrochloride", "Rapastinel", "LY379268", "LY354740"]) expect(names(result)).not.toContain(absent);
    // A Kekulé benzene is the same query once RDKit has perceived its aromaticity.
    expect(names(await substructureSearch("C1=CC=CC=C1")).sort()).toEqual(names(result).sort());
  });

  it("the fingerprint screen narrows the candidates, never below the confirmed hits", async () => {
    const total = await db.product.count();
    for (const query of ["c1ccccc1Cl", "CNC1(CCCCC1)c1ccccc1", "NC1(C(=O)O)CCC2C(C(=O)O)C21", "C(=O)O", "c1ccccc1[Cl,Br]"]) {
      const result = await substructureSearch(query);
      expect(result.confirmed).toBe(result.hits.length);
      expect(result.confirmed).toBeLessThanOrEqual(result.screened);
      expect(result.screened).toBeLessThanOrEqual(total);
      expect(result.truncated).toBe(false);
    }
    // Chlorobenzene: only the three ketamine-like products have the bits, and all three match.
    const chloro = await substructureSearch("c1ccccc1Cl");
    expect(chloro.screened).toBeLessThan(total);
    expect(chloro.confirmed).toBe(3);
  });

  it("reads SMARTS when the input is not SMILES", async () => {
    const result = await substructureSearch("c1ccccc1[Cl,Br]");
    expect(result.queryKind).toBe("smarts");
    expect(names(result)).toEqual(["(2R,6R)-Hydroxynorketamine hydrochloride", "Esketamine hydrochloride", "Ketamine hydrochloride"]);
  });

  it("stops at the limit or the candidate cap and says the list is incomplete", async () => {
    const limited = await substructureSearch("c1ccccc1", { limit: 2 });
    expect(limited.hits).toHaveLength(2);
    expect(limited.truncated).toBe(true);
    const capped = await substructureSearch("c1ccccc1", { maxCandidates: 3 });
    expect(capped.screened).toBe(3);
    expect(capped.truncated).toBe(true);
    // Reaching the limit with the last candidate leaves nothing unchecked: the list is complete. (The
    // whole 2-arylcyclohexanone amine core, not just chlorobenzene: on PostgreSQL the test files share
    // one database, and another file's product may pass a smaller query's fingerprint screen.)
    const exact = await substructureSearch("NC1(CCCCC1=O)c1ccccc1Cl", { limit: 3 });
    expect(exact.confirmed).toBe(3);
    expect(exact.truncated).toBe(false);
  });

  it("refuses input RDKit cannot read, and empty input", async () => {
    for (const bad of ["C1CC(", "xyz", "", "   "]) {
      await expect(substructureSearch(bad)).rejects.toBeInstanceOf(InvalidStructureError);
    }
  });
});

describe("similaritySearch", () => {
  it("ranks ketamine hydrochloride first at 1.00 for its own SMILES, then esketamine", async () => {
    const hits = await similaritySearch("Cl.CNC1(CCCCC1=O)c1ccccc1Cl");
    expect(hits[0]).toMatchObject({ catalogNumber: "B8106012", name: "Ketamine hydrochloride", similarity: 1 });
    // Morgan fingerprints ignore stereochemistry: esketamine ties at 1.00, ranked after the exact structure.
    expect(hits[1]).toMatchObject({ name: "Esketamine hydrochloride", similarity: 1 });
    expect(hits[0]!.formula).toBe("C13H17Cl2NO");
    expect(hits[0]!.molecularWeight).toBeCloseTo(274.19, 1);
  });

  it("puts esketamine first for its own SMILES, applies the threshold and returns two-decimal similarities", async () => {
    const hits = await similaritySearch("Cl.CN[C@@]1(CCCCC1=O)c1ccccc1Cl", { threshold: 0.3 });
    expect(hits[0]?.name).toBe("Esketamine hydrochloride");
    expect(hits[1]?.name).toBe("Ketamine hydrochloride");
    const similarities = hits.map((h) => h.similarity);
    expect(similarities).toEqual([...similarities].sort((a, b) => b - a));
    for (const s of similarities) {
      expect(s).toBeGreaterThanOrEqual(0.3);
      expect(Math.round(s * 100) / 100).toBe(s);
    }
    expect(hits.map((h) => h.name)).not.toContain("Rapastinel");
    expect(await similaritySearch("Cl.CNC1(CCCCC1=O)c1ccccc1Cl", { limit: 1 })).toHaveLength(1);
    const all = await similaritySearch("Cl.CNC1(CCCCC1=O)c1ccccc1Cl", { threshold: 0 });
    expect(all.length).toBeGreaterThan(hits.length);
  });

  it("refuses invalid SMILES, and SMARTS patterns, which have no Morgan fingerprint", async () => {
    await expect(similaritySearch("C1CC(")).rejects.toBeInstanceOf(InvalidStructureError);
    await expect(similaritySearch("c1ccccc1[Cl,Br]")).rejects.toBeInstanceOf(InvalidStructureError);
  });
});

describe("findSimilarProducts (the product page's similar compounds)", () => {
  it("ketamine HCl: esketamine HCl at 1.00 (Morgan ignores stereo), itself left out, all at Tanimoto ≥ 0.5, best first", async () => {
    const hits = await findSimilarProducts({ catalogNumber: "B8106012" });
    expect(hits[0]).toMatchObject({ catalogNumber: "B8106013", name: "Esketamine hydrochloride", similarity: 1 });
    expect(hits.map((h) => h.catalogNumber)).not.toContain("B8106012");
    expect(hits.length).toBeLessThanOrEqual(6);
    for (const h of hits) expect(h.similarity).toBeGreaterThanOrEqual(0.5);
    expect(hits.map((h) => h.similarity)).toEqual([...hits.map((h) => h.similarity)].sort((a, b) => b - a));
    // Memantine and rapastinel share no scaffold with ketamine.
    expect(hits.map((h) => h.name)).not.toContain("Rapastinel");
  });

  it("matches what a similarity search for the product's own SMILES finds, minus the product", async () => {
    const hits = await findSimilarProducts({ catalogNumber: "B8105958" });
    const search = await similaritySearch("Cl.N[C@@]1(C(=O)O)[C@H](CSc2ccc(F)c(F)c2)[C@@H](O)[C@H]3[C@H](C(=O)O)[C@H]31", {
      threshold: 0.5,
      limit: 7,
    });
    expect(hits).toEqual(search.filter((h) => h.catalogNumber !== "B8105958").slice(0, 6));
    expect(hits.map((h) => h.catalogNumber)).toContain("B8105959");
  });

  it("honours the limit, and an unknown product has no similar compounds", async () => {
    expect(await findSimilarProducts({ catalogNumber: "B8106012", limit: 1, threshold: 0 })).toHaveLength(1);
    expect(await findSimilarProducts({ catalogNumber: "NOPE0000" })).toEqual([]);
  });
});

describe("drawQueryPreview", () => {
  it("draws a SMILES with its formula, a SMARTS pattern without, and explains unreadable input", async () => {
    const smiles = await drawQueryPreview({ smiles: "c1ccccc1Cl" });
    expect(smiles).toMatchObject({ ok: true, kind: "smiles", formula: "C6H5Cl" });
    const smarts = await drawQueryPreview({ smiles: "c1ccccc1[Cl,Br]" });
    expect(smarts.ok && smarts.kind).toBe("smarts");
    expect(smarts.ok && smarts.svg).toMatch(/^<svg/);
    const bad = await drawQueryPreview({ smiles: "C1CC(" });
    expect(bad.ok).toBe(false);
  });
});

describe("RDKit poisoning", () => {
  // 990 chained carbons overflow RDKit's WebAssembly stack ("memory access out of bounds"). Before the
  // bounds and the worker pool, one such search left the shared module broken: every later preview
  // failed and benzene was reported unreadable until the process restarted.
  const POISON = "C".repeat(990);

  it("refuses the structure before RDKit sees it, saying which bound it passed", async () => {
    await expect(substructureSearch(POISON)).rejects.toThrow(StructureTooLargeError);
    await expect(substructureSearch(POISON)).rejects.toThrow(
      "This structure has 990 heavy atoms; structures of up to 150 can be drawn and searched here",
    );
    await expect(similaritySearch(POISON)).rejects.toThrow(StructureTooLargeError);
    expect(await drawQueryPreview({ smiles: POISON })).toEqual({
      ok: false,
      reason: "too-large",
      error: "This structure has 990 heavy atoms; structures of up to 150 can be drawn and searched here",
    });
    expect(await drawQueryPreview({ smiles: "C".repeat(1001) })).toMatchObject({
      ok: false,
      error: "Keep the SMILES under 1,000 characters",
    });
  });

  it("when RDKit itself is made to crash, benzene still parses and a substructure search still finds its hits", async () => {
    const before = names(await substructureSearch("c1ccccc1"));
    expect(before.length).toBeGreaterThan(3);
    // Past the bounds, straight into the request path's RDKit workers.
    await expect(rdkitPool().run("substructureQuery", POISON)).rejects.toBeInstanceOf(RDKitWorkerError);
    await expect(rdkitPool().run("previewSmiles", POISON)).rejects.toBeInstanceOf(RDKitWorkerError);
    expect(await drawQueryPreview({ smiles: "c1ccccc1" })).toMatchObject({ ok: true, kind: "smiles", formula: "C6H6" });
    expect(names(await substructureSearch("c1ccccc1"))).toEqual(before);
    expect((await similaritySearch("Cl.CNC1(CCCCC1=O)c1ccccc1Cl"))[0]?.name).toBe("Ketamine hydrochloride");
  });
});

describe("parseStructureSearchParams", () => {
  it("takes the first value of each parameter and defaults to substructure", () => {
    expect(parseStructureSearchParams({ smiles: " c1ccccc1 ", mode: "similarity" })).toEqual({ smiles: "c1ccccc1", mode: "similarity" });
    expect(parseStructureSearchParams({ smiles: ["CC", "CCC"], mode: "nonsense" })).toEqual({ smiles: "CC", mode: "substructure" });
    expect(parseStructureSearchParams({})).toEqual({ smiles: "", mode: "substructure" });
  });
});
