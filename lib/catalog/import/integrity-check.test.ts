import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { importCatalog } from "@/lib/catalog/import/import-catalog";
import { checkCatalogIntegrity, type IntegrityProblem } from "@/lib/catalog/import/integrity-check";
import { parseCsv } from "@/lib/catalog/import/parse-csv";
import { db } from "@/lib/db";

// On PostgreSQL, test files share a database: only problems about these products are asserted.
const PREFIX = "T4";
const ours = { catalogNumber: { startsWith: PREFIX } };
const about = (problems: IntegrityProblem[]) => problems.filter((p) => p.catalogNumbers.some((c) => c.startsWith(PREFIX)));

beforeAll(async () => {
  const report = await importCatalog(
    parseCsv([
      "catalog_number,name,smiles,salt_form,cas\n" +
        "T4000001,Theophylline,Cn1c(=O)c2[nH]cnc2n(C)c1=O,free form,58-55-9\n" +
        "T4000002,Phenacetin,CCOc1ccc(NC(C)=O)cc1,free form,62-44-2\n" +
        "T4000003,Benzoic acid,OC(=O)c1ccccc1,free acid,65-85-0\n" +
        "T4000004,Nicotinamide,NC(=O)c1cccnc1,free form,98-92-0\n",
    ]),
  );
  expect(report).toMatchObject({ inserted: 4, rejected: [] });
});

afterAll(async () => {
  const compoundIds = (await db.product.findMany({ where: ours, select: { compoundId: true } })).map((p) => p.compoundId);
  await db.product.deleteMany({ where: ours });
  await db.compound.deleteMany({ where: { id: { in: compoundIds }, products: { none: {} } } });
});

describe("checkCatalogIntegrity", () => {
  it("finds nothing wrong with freshly imported products", async () => {
    const report = await checkCatalogIntegrity({ batchSize: 3 });
    expect(report.checked).toBeGreaterThanOrEqual(4);
    expect(about(report.problems)).toEqual([]);
  });

  it("reports stored values that disagree with the structure, duplicates and missing fingerprints", async () => {
    // 200.2 instead of 180.16: what a hand edit or a bad migration leaves behind.
    await db.product.update({ where: { catalogNumber: "T4000001" }, data: { molecularWeight: 200.2 } });
    await db.product.update({ where: { catalogNumber: "T4000002" }, data: { formula: "C10H13NO3" } });
    // Benzoic acid's CAS on nicotinamide (same salt form label), and a failing check digit.
    await db.product.update({ where: { catalogNumber: "T4000004" }, data: { casNumber: "65-85-0", saltForm: "FREE ACID" } });
    await db.product.update({ where: { catalogNumber: "T4000002" }, data: { casNumber: "62-44-3" } });
    // Theophylline's InChIKey stored on benzoic acid.
    const theophylline = await db.product.findUniqueOrThrow({ where: { catalogNumber: "T4000001" } });
    await db.product.update({ where: { catalogNumber: "T4000003" }, data: { inchiKey: theophylline.inchiKey } });
    await db.$executeRaw`UPDATE "Product" SET "patternFp" = NULL WHERE "catalogNumber" = 'T4000004'`;

    const { problems } = await checkCatalogIntegrity({ batchSize: 2 });
    const found = about(problems).map((p) => [p.check, p.catalogNumbers.join(",")]);
    expect(found).toEqual(
      expect.arrayContaining([
        ["molecular-weight", "T4000001"],
        ["formula", "T4000002"],
        ["cas", "T4000002"],
        ["inchikey", "T4000003"],
        ["missing-fingerprint", "T4000004"],
        ["duplicate-cas", "T4000003,T4000004"],
        ["duplicate-inchikey", "T4000001,T4000003"],
      ]),
    );
    expect(found).toHaveLength(7);
    const mw = about(problems).find((p) => p.check === "molecular-weight")!;
    expect(mw.message).toBe("T4000001: stored MW 200.2 ≠ computed 180.17");
  });
});
