import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { inlineStructureComputer, workerStructureComputer, type StructureComputer } from "@/lib/catalog/import/structure-computer";
import { createRDKitPool } from "@/lib/catalog/rdkit-pool";
import { importCatalog, type ImportReport } from "@/lib/catalog/import/import-catalog";
import { parseCsv } from "@/lib/catalog/import/parse-csv";
import { parseSdf } from "@/lib/catalog/import/parse-sdf";
import { readCatalogFile, sdfToCatalogRecords } from "@/lib/catalog/import/read-catalog-file";
import { loadRDKit } from "@/lib/catalog/chemistry";
import { getStructureSvg } from "@/lib/catalog/products";
import { db } from "@/lib/db";

const CSV = path.resolve("tests/fixtures/catalog/sample.csv");
const SDF = path.resolve("tests/fixtures/catalog/sample.sdf");
// Every catalog number this file writes starts with one of these (on PostgreSQL, test files share a database).
const PREFIXES = ["T1", "T2", "T3"];

const csv = (text: string) => parseCsv([text]);
const reasonsOn = (report: ImportReport, line: number) => report.rejected.find((r) => r.line === line)?.reasons.join("; ") ?? "";
const ours = { OR: PREFIXES.map((p) => ({ catalogNumber: { startsWith: p } })) };

afterAll(async () => {
  const compoundIds = (await db.product.findMany({ where: ours, select: { compoundId: true } })).map((p) => p.compoundId);
  await db.product.deleteMany({ where: ours });
  await db.compound.deleteMany({ where: { id: { in: compoundIds }, products: { none: {} } } });
});

describe("importCatalog with the sample CSV", () => {
  let first: ImportReport;
  beforeAll(async () => {
    // A batch size of 3 makes the 8 records span three batches, so batches are prepared and written
    // in an overlapping pipeline.
    first = await importCatalog(readCatalogFile(CSV), { batchSize: 3 });
  });

  it("stores the good records and rejects the bad ones with their line and reason", () => {
    expect(first).toMatchObject({ read: 8, inserted: 4, updated: 0, unchanged: 0, ignoredFields: [] });
    expect(first.rejected.map((r) => [r.line, r.catalogNumber])).toEqual([
      [7, "T1000005"],
      [8, "T1000006"],
      [9, "T1000007"],
      [10, "T1000001"],
    ]);
    expect(reasonsOn(first, 7)).toMatch(/RDKit cannot parse the SMILES "C1CC\("/);
    expect(reasonsOn(first, 8)).toMatch(/MW 210.27 ≠ computed 206.29: the record is rejected, not corrected/);
    expect(reasonsOn(first, 9)).toMatch(/InChIKey BSYNRYMUTXBXSQ-UHFFFAOYSA-N ≠ computed RZVAJINKPMORJF-UHFFFAOYSA-N/);
    expect(reasonsOn(first, 10)).toMatch(/duplicate catalog number: T1000001 is already on line 2/);
  });

  it("computes formula, MW, InChIKey and fingerprints with RDKit, and draws the structure on first view", async () => {
    const caffeine = await db.product.findUniqueOrThrow({ where: { catalogNumber: "T1000001" } });
    expect(caffeine).toMatchObject({
      name: "Caffeine",
      saltForm: "free form",
      casNumber: "58-08-2",
      formula: "C8H10N4O2",
      molecularWeight: 194.19,
      inchiKey: "RYYVLZVUVIJVGH-UHFFFAOYSA-N",
      synonyms: ["1,3,7-Trimethylxanthine", "Guaranine"],
      purity: "≥99%",
    });
    expect(caffeine.structureSvg).toBe("");
    expect((await getStructureSvg({ catalogNumber: "t1000001" }))?.structureSvg).toMatch(/^<svg[\s\S]*<\/svg>$/);
    expect((await db.product.findUniqueOrThrow({ where: { catalogNumber: "T1000001" } })).structureSvg).toContain("<svg");
    const [fp] = await db.$queryRaw<{ pattern: number; morgan: number }[]>`
      SELECT length("patternFp") AS pattern, length("morganFp") AS morgan FROM "Product" WHERE "catalogNumber" = 'T1000001'`;
    expect(fp).toEqual({ pattern: 2048, morgan: 2048 });
    const aspirin = await db.product.findUniqueOrThrow({ where: { catalogNumber: "T1000004" } });
    expect(aspirin.description).toBe(
      'Irreversible COX-1 and COX-2 inhibitor, the "classic" NSAID.\nStore dry: hydrolyses to salicylic acid.',
    );
    expect(aspirin.synonyms).toEqual(["Acetylsalicylic acid", "ASA"]);
    expect(aspirin.purity).toBeNull();
    const packs = await db.packSize.findMany({
      where: { product: { catalogNumber: { in: ["T1000001", "T1000003"] } } },
      orderBy: [{ product: { catalogNumber: "asc" } }, { position: "asc" }],
      include: { prices: { orderBy: { currency: "asc" } } },
    });
    expect(packs.map((p) => [p.amount, p.unit, p.prices.map((x) => `${x.currency} ${x.amountMinor}`).join(", ")])).toEqual([
      [1, "g", "USD 1800, EUR 1700, GBP 1500"],
      [5, "g", "USD 6500, EUR 6200, GBP 5200"],
      [25, "g", "USD 24000, EUR 23000, GBP 19000"],
      [100, "mg", "USD 3200, EUR 3000, GBP 2600"],
      [1, "g", ""],
    ]);
  });

  it("links salt forms of one parent to one compound", async () => {
    const forms = await db.product.findMany({ where: { catalogNumber: { in: ["T1000002", "T1000003"] } }, include: { compound: true } });
    expect(forms.map((p) => p.saltForm).sort()).toEqual(["free base", "hydrochloride"]);
    expect(forms[0]!.compoundId).toBe(forms[1]!.compoundId);
    expect(forms[0]!.compound).toMatchObject({ name: "Lidocaine", slug: "lidocaine" });
    expect(forms.find((p) => p.saltForm === "hydrochloride")!.formula).toBe("C14H23ClN2O");
  });

  it("is idempotent: re-importing changes nothing, not even updatedAt", async () => {
    const before = await db.product.findMany({ where: { catalogNumber: { startsWith: "T1" } }, orderBy: { catalogNumber: "asc" } });
    const again = await importCatalog(readCatalogFile(CSV));
    expect(again).toMatchObject({ read: 8, inserted: 0, updated: 0, unchanged: 4 });
    expect(again.rejected.map((r) => r.line)).toEqual([7, 8, 9, 10]);
    const after = await db.product.findMany({ where: { catalogNumber: { startsWith: "T1" } }, orderBy: { catalogNumber: "asc" } });
    expect(after).toEqual(before);
    // Recomputing everything from the SMILES gives the same values too.
    expect(await importCatalog(readCatalogFile(CSV), { recompute: true })).toMatchObject({ inserted: 0, updated: 0, unchanged: 4 });
  });

  it("recomputes, and repairs, a stored value the file's own value contradicts", async () => {
    // Stored properties are normally reused for an unchanged SMILES; the file's MW 194.19 disagrees
    // with this corrupted one, so RDKit decides.
    await db.product.update({ where: { catalogNumber: "T1000001" }, data: { molecularWeight: 150 } });
    const report = await importCatalog(readCatalogFile(CSV));
    expect(report).toMatchObject({ inserted: 0, updated: 1, unchanged: 3 });
    expect((await db.product.findUniqueOrThrow({ where: { catalogNumber: "T1000001" } })).molecularWeight).toBe(194.19);
  });

  it("updates only the record whose field changed; an absent column keeps, an empty one clears", async () => {
    const before = await db.product.findUniqueOrThrow({ where: { catalogNumber: "T1000002" } });
    const report = await importCatalog(
      csv(
        "catalog_number,name,smiles,purity\n" +
          "T1000002,Lidocaine,CCN(CC)CC(=O)Nc1c(C)cccc1C,≥99.5%\n" +
          "T1000003,Lidocaine hydrochloride,Cl.CCN(CC)CC(=O)Nc1c(C)cccc1C,≥98%\n" +
          "T1000001,Caffeine,CN1C=NC2=C1C(=O)N(C(=O)N2C)C,\n",
      ),
    );
    expect(report).toMatchObject({ read: 3, inserted: 0, updated: 2, unchanged: 1, rejected: [] });
    const after = await db.product.findUniqueOrThrow({ where: { catalogNumber: "T1000002" } });
    expect(after.purity).toBe("≥99.5%");
    expect(after.updatedAt.getTime()).toBeGreaterThan(before.updatedAt.getTime());
    // Columns the file does not have (CAS, synonyms, salt form, parent, description) are kept.
    expect(after).toMatchObject({ casNumber: "137-58-6", synonyms: ["Lignocaine"], saltForm: "free base", compoundId: before.compoundId });
    expect((await db.product.findUniqueOrThrow({ where: { catalogNumber: "T1000001" } })).purity).toBeNull();
  });

  it("drops the CAS citation when the CAS number changes", async () => {
    const reference = await db.reference.create({
      data: { key: "t1-import-test-cas", title: "A CAS source", url: "https://example.org/cas" },
    });
    await db.product.update({ where: { catalogNumber: "T1000004" }, data: { casReferenceId: reference.id, casNote: "checked" } });
    const same = await importCatalog(csv("catalog_number,name,smiles,cas\nT1000004,Aspirin,CC(=O)Oc1ccccc1C(=O)O,50-78-2\n"));
    expect(same).toMatchObject({ unchanged: 1 });
    expect(await db.product.findUniqueOrThrow({ where: { catalogNumber: "T1000004" } })).toMatchObject({ casReferenceId: reference.id });
    const changed = await importCatalog(csv("catalog_number,name,smiles,cas\nT1000004,Aspirin,CC(=O)Oc1ccccc1C(=O)O,\n"));
    expect(changed).toMatchObject({ updated: 1 });
    expect(await db.product.findUniqueOrThrow({ where: { catalogNumber: "T1000004" } })).toMatchObject({
      casNumber: null,
      casReferenceId: null,
      casNote: null,
    });
    await db.reference.delete({ where: { id: reference.id } });
  });
});

describe("importCatalog with the sample SDF", () => {
  it("reads V2000 and V3000 molblocks, rejects the broken one, links the procaine salt forms", async () => {
    const report = await importCatalog(readCatalogFile(SDF));
    expect(report).toMatchObject({ read: 4, inserted: 3, updated: 0, unchanged: 0 });
    expect(report.rejected).toEqual([{ line: 129, catalogNumber: "T2000003", reasons: ["RDKit cannot parse the molblock"] }]);
    const nicotine = await db.product.findUniqueOrThrow({ where: { catalogNumber: "T2000001" } });
    // The wedge bond in the V2000 molblock carries the (S) centre into the stored SMILES and InChIKey.
    expect(nicotine).toMatchObject({ smiles: "CN1CCC[C@H]1c1cccnc1", inchiKey: "SNICXCGAKADSCV-JTQLQIEISA-N", formula: "C10H14N2" });
    expect(nicotine.synonyms).toEqual(["Nicotine", "3-[(2S)-1-Methylpyrrolidin-2-yl]pyridine"]);
    const procaine = await db.product.findMany({ where: { catalogNumber: { in: ["T2000002", "T2000004"] } }, include: { compound: true } });
    expect(procaine.map((p) => p.compound.name)).toEqual(["Procaine", "Procaine"]);
    expect(procaine.find((p) => p.catalogNumber === "T2000002")).toMatchObject({ formula: "C13H21ClN2O2", saltForm: "hydrochloride" });

    expect(await importCatalog(readCatalogFile(SDF))).toMatchObject({ inserted: 0, updated: 0, unchanged: 3 });
  });

  it("reads a molblock whose title line is blank, as RDKit and many exporters write it", async () => {
    const RDKit = await loadRDKit();
    const mol = RDKit.get_mol("CC(=O)Nc1ccc(O)cc1")!;
    const molblock = mol.get_molblock();
    mol.delete();
    expect(molblock.startsWith("\n")).toBe(true);
    const sdf = `${molblock}> <catalog_number>\nT2000009\n\n> <name>\nParacetamol\n\n$$$$\n`;
    const report = await importCatalog(sdfToCatalogRecords(parseSdf([sdf])));
    expect(report).toMatchObject({ read: 1, inserted: 1, rejected: [] });
    expect(await db.product.findUniqueOrThrow({ where: { catalogNumber: "T2000009" } })).toMatchObject({
      formula: "C8H9NO2",
      inchiKey: "RZVAJINKPMORJF-UHFFFAOYSA-N",
    });
  });
});

describe("importCatalog re-importing an SD file", () => {
  /** RDKit in this thread, counting the structures sent to it. */
  const counting = () => {
    const inner = inlineStructureComputer();
    const computer = {
      structures: 0,
      resolve: (jobs: Parameters<StructureComputer["resolve"]>[0]) => {
        computer.structures += jobs.length;
        return inner.resolve(jobs);
      },
      close: () => inner.close(),
    };
    return computer;
  };
  const molblocks = async (...smiles: string[]) => {
    const RDKit = await loadRDKit();
    return smiles.map((s) => {
      const mol = RDKit.get_mol(s)!;
      try {
        return mol.get_molblock();
      } finally {
        mol.delete();
      }
    });
  };
  const sdf = (records: [molblock: string, fields: Record<string, string>][]) =>
    sdfToCatalogRecords(
      parseSdf([
        records
          .map(
            ([molblock, fields]) =>
              `${molblock}${Object.entries(fields)
                .map(([k, v]) => `> <${k}>\n${v}\n`)
                .join("\n")}\n$$$$\n`,
          )
          .join(""),
      ]),
    );

  it("skips RDKit for a byte-identical structure, and re-checks and updates a changed one", async () => {
    const [ibuprofen, naproxen, esNaproxen] = await molblocks(
      "CC(C)Cc1ccc(cc1)C(C)C(=O)O",
      "COc1ccc2cc(ccc2c1)C(C)C(=O)O",
      "COc1ccc2cc(ccc2c1)[C@H](C)C(=O)O",
    );
    const ibu = { catalog_number: "T2000021", name: "Ibuprofen", formula: "C13H18O2" };
    const nap = { catalog_number: "T2000022", name: "Naproxen", formula: "C14H14O3" };
    const first = counting();
    expect(
      await importCatalog(
        sdf([
          [ibuprofen!, ibu],
          [naproxen!, nap],
        ]),
        { structures: first },
      ),
    ).toMatchObject({
      inserted: 2,
      rejected: [],
    });
    expect(first.structures).toBe(2);

    const same = counting();
    expect(
      await importCatalog(
        sdf([
          [ibuprofen!, ibu],
          [naproxen!, nap],
        ]),
        { structures: same },
      ),
    ).toMatchObject({
      inserted: 0,
      updated: 0,
      unchanged: 2,
      rejected: [],
    });
    expect(same.structures).toBe(0);

    // A changed molblock goes through RDKit and every check again: here the file's formula is wrong.
    const wrong = counting();
    const rejected = await importCatalog(
      sdf([
        [ibuprofen!, ibu],
        [esNaproxen!, { ...nap, formula: "C14H15O3" }],
      ]),
      { structures: wrong },
    );
    expect(rejected).toMatchObject({ updated: 0, unchanged: 1 });
    expect(rejected.rejected[0]?.reasons.join("; ")).toMatch(/formula C14H15O3 ≠ computed C14H14O3/);
    expect(wrong.structures).toBe(1);

    const changed = counting();
    expect(
      await importCatalog(
        sdf([
          [ibuprofen!, ibu],
          [esNaproxen!, nap],
        ]),
        { structures: changed },
      ),
    ).toMatchObject({
      updated: 1,
      unchanged: 1,
      changed: ["T2000022"],
    });
    expect(changed.structures).toBe(1);
    expect(await db.product.findUniqueOrThrow({ where: { catalogNumber: "T2000022" } })).toMatchObject({
      smiles: "COc1ccc2cc([C@H](C)C(=O)O)ccc2c1",
      inchiKey: "CMWTZPSULFXXJA-VIFPVBQESA-N",
    });

    // A structure edited in the catalog since the import no longer matches its record's hash: the
    // record is parsed again and the file's structure comes back.
    await db.product.update({ where: { catalogNumber: "T2000021" }, data: { smiles: "CC(C)Cc1ccc(cc1)CC(=O)O" } });
    const edited = counting();
    expect(
      await importCatalog(
        sdf([
          [ibuprofen!, ibu],
          [esNaproxen!, nap],
        ]),
        { structures: edited },
      ),
    ).toMatchObject({
      updated: 1,
      unchanged: 1,
    });
    expect(edited.structures).toBe(1);
    expect((await db.product.findUniqueOrThrow({ where: { catalogNumber: "T2000021" } })).smiles).toBe("CC(C)Cc1ccc(C(C)C(=O)O)cc1");
  });
});

describe("importCatalog checks", () => {
  it("rejects missing fields, bad catalog numbers, bad CAS check digits, non-numeric MW and unlabelled salts", async () => {
    const report = await importCatalog(
      csv(
        "catalog_number,name,smiles,cas,mw,salt_form,colour\n" +
          ",No number,CCO,,,,red\n" +
          "T3000001,,CCO,,,,\n" +
          "T3 000002,Space in number,CCO,,,,\n" +
          "T3000003,Bad CAS,CCCO,50-78-3,,,\n" +
          "T3000004,Bad MW,CCCCO,,heavy,,\n" +
          "T3000005,Unlabelled salt,Cl.CCN,,,,\n" +
          "T3000006,No structure,,,,,\n" +
          "T3000007,Labelled salt,Cl.CCN,,,hydrochloride,\n",
      ),
    );
    expect(report).toMatchObject({ read: 8, inserted: 1, ignoredFields: ["colour"] });
    expect(reasonsOn(report, 2)).toBe("catalog_number is missing");
    expect(reasonsOn(report, 3)).toBe("name is missing");
    expect(reasonsOn(report, 4)).toMatch(/catalog number "T3 000002" is not valid/);
    expect(reasonsOn(report, 5)).toBe('CAS number "50-78-3" is not valid (format or check digit)');
    expect(reasonsOn(report, 6)).toBe('mw "heavy" is not a number');
    expect(reasonsOn(report, 7)).toMatch(/salt_form is required for a structure with more than one component/);
    expect(reasonsOn(report, 8)).toMatch(/no structure/);
  });

  it("rejects the same CAS within one salt form and the same structure, in the file and against the catalog", async () => {
    const report = await importCatalog(
      csv(
        "catalog_number,name,smiles,salt_form,cas\n" +
          // Salicylic acid, then its sodium salt under the same (parent's) CAS: allowed, other salt form.
          "T3000101,Salicylic acid,OC(=O)c1ccccc1O,free acid,69-72-7\n" +
          "T3000102,Sodium salicylate,[Na+].[O-]C(=O)c1ccccc1O,sodium,69-72-7\n" +
          // Same CAS and salt form as line 2 (a different molecule: the CAS is what clashes).
          "T3000103,Phenol,Oc1ccccc1,free acid,69-72-7\n" +
          // Same structure as line 2, written differently.
          "T3000104,Salicylic acid again,c1ccc(c(c1)C(=O)O)O,free acid,\n" +
          // Against the catalog: caffeine's structure and caffeine's CAS (T1000001, free form).
          "T3000105,Caffeine copy,Cn1cnc2c1c(=O)n(C)c(=O)n2C,,\n" +
          "T3000106,Paraxanthine,Cn1cnc2c1c(=O)[nH]c(=O)n2C,,58-08-2\n",
      ),
    );
    expect(report).toMatchObject({ read: 6, inserted: 2 });
    expect(report.rejected.map((r) => r.line)).toEqual([4, 5, 6, 7]);
    expect(reasonsOn(report, 4)).toBe("CAS 69-72-7 (free acid) is also given on line 2 (T3000101)");
    expect(reasonsOn(report, 5)).toBe("same structure (InChIKey YGSDEFSMJLZEOE-UHFFFAOYSA-N) as line 2 (T3000101)");
    expect(reasonsOn(report, 6)).toBe("same structure (InChIKey RYYVLZVUVIJVGH-UHFFFAOYSA-N) as T1000001 in the catalog");
    expect(reasonsOn(report, 7)).toBe("CAS 58-08-2 (free form) is already used by T1000001 in the catalog");
  });

  it("rejects only the record the database refuses, and writes the rest of its batch", async () => {
    // PostgreSQL text cannot hold NUL: the batch fails, and is retried record by record.
    const report = await importCatalog(
      csv("catalog_number,name,smiles\nT3000201,Fine,CCCCCCO\nT3000202,Nul\u0000name,CCCCCCCO\nT3000203,Also fine,CCCCCCCCO\n"),
    );
    expect(report).toMatchObject({ inserted: 2 });
    expect(report.rejected).toHaveLength(1);
    expect(report.rejected[0]).toMatchObject({ line: 3, catalogNumber: "T3000202" });
    expect(reasonsOn(report, 3)).toMatch(/^the database refused the record: /);
  });

  it("runs RDKit in worker threads when asked, with the same result", async () => {
    const report = await importCatalog(
      csv("catalog_number,name,smiles\nT3000301,Benzocaine,CCOC(=O)c1ccc(N)cc1\nT3000302,Broken,C1CC(\n"),
      { structures: workerStructureComputer({ pool: createRDKitPool({ size: 1 }), ownsPool: true }) },
    );
    expect(report).toMatchObject({ inserted: 1, rejected: [{ line: 3, reasons: ['RDKit cannot parse the SMILES "C1CC("'] }] });
    expect(await db.product.findUniqueOrThrow({ where: { catalogNumber: "T3000301" } })).toMatchObject({
      inchiKey: "BLFLLBZGZJTVJG-UHFFFAOYSA-N",
    });
  });
});
