import { afterAll, describe, expect, it } from "vitest";
import { importCatalog, type ImportReport } from "@/lib/catalog/import/import-catalog";
import { parseCsv } from "@/lib/catalog/import/parse-csv";
import { parseSdf } from "@/lib/catalog/import/parse-sdf";
import { sdfToCatalogRecords } from "@/lib/catalog/import/read-catalog-file";
import { readPackColumns } from "@/lib/catalog/import/pack-columns";
import { db } from "@/lib/db";

// On PostgreSQL test files share a database: every product here starts with T4.
const ours = { catalogNumber: { startsWith: "T4" } };
const csv = (text: string) => importCatalog(parseCsv([text]));
const reasonsOn = (report: ImportReport, line: number) => report.rejected.find((r) => r.line === line)?.reasons.join("; ") ?? "";
const HEADER = "catalog_number,name,smiles,pack_sizes,price_usd,price_eur,price_gbp\n";
const SEBACIC = "OC(=O)CCCCCCCCC(=O)O";
const BUTYLPHENOL = "CC(C)(C)c1ccc(O)cc1";

async function packsOf(catalogNumber: string) {
  const packs = await db.packSize.findMany({
    where: { product: { catalogNumber } },
    orderBy: { position: "asc" },
    include: { prices: { orderBy: { currency: "asc" } } },
  });
  return packs.map((p) => [`${p.amount} ${p.unit}`, Object.fromEntries(p.prices.map((x) => [x.currency, x.amountMinor]))]);
}

afterAll(async () => {
  const compoundIds = (await db.product.findMany({ where: ours, select: { compoundId: true } })).map((p) => p.compoundId);
  await db.product.deleteMany({ where: ours });
  await db.compound.deleteMany({ where: { id: { in: compoundIds }, products: { none: {} } } });
});

describe("readPackColumns", () => {
  it("reads pack sizes in order with a price per currency, an empty entry being on request", () => {
    expect(readPackColumns("1 mg; 5mg;0.5 ML; 10 µl", { USD: "165.00;595;1,250.50;", EUR: "" })).toEqual({
      reasons: [],
      packs: [
        { amount: 1, unit: "mg", prices: { USD: 16500, EUR: null } },
        { amount: 5, unit: "mg", prices: { USD: 59500, EUR: null } },
        { amount: 0.5, unit: "mL", prices: { USD: 125050, EUR: null } },
        { amount: 10, unit: "µL", prices: { USD: null, EUR: null } },
      ],
    });
  });

  it("names the column and the pack size of every bad price, and refuses more than two decimals", () => {
    const { packs, reasons } = readPackColumns("1 mg;5 mg", { USD: "165.005;x", GBP: "130.00" });
    expect(packs).toBeUndefined();
    expect(reasons).toEqual([
      'price_usd for 1 mg: "165.005" is not a price; write it like 165.00 (at most two decimals)',
      'price_usd for 5 mg: "x" is not a price; write it like 165.00 (at most two decimals)',
      expect.stringMatching(/^price_gbp gives 1 price\(s\) for 2 pack size\(s\)/),
    ]);
  });

  it("refuses unknown units, duplicates, and prices without pack sizes", () => {
    expect(readPackColumns("5 mg;5 mg;3 cups", {}).reasons).toEqual([
      "pack size 5 mg is listed twice",
      expect.stringMatching(/^pack size "3 cups" is not valid/),
    ]);
    expect(readPackColumns(undefined, { EUR: "12.00" }).reasons).toEqual([expect.stringMatching(/^price_eur needs a pack_sizes column/)]);
    expect(readPackColumns(undefined, {})).toEqual({ reasons: [] });
  });
});

describe("importCatalog with pack sizes and prices", () => {
  it("stores pack sizes with their prices per currency and reports bad prices per row and column", async () => {
    const report = await csv(
      HEADER +
        `T4000001,Sebacic acid,${SEBACIC},1 g;5 g,25.00;90.00,24.00;,20.00;72.50\n` +
        `T4000002,4-tert-Butylphenol,${BUTYLPHENOL},1 g;5 g,25.00;90.001,24.00,\n`,
    );
    expect(report).toMatchObject({ read: 2, inserted: 1, ignoredFields: [] });
    expect(report.rejected.map((r) => r.catalogNumber)).toEqual(["T4000002"]);
    expect(reasonsOn(report, 3)).toMatch(/price_usd for 5 g: "90.001" is not a price/);
    expect(reasonsOn(report, 3)).toMatch(/price_eur gives 1 price\(s\) for 2 pack size\(s\)/);
    expect(await packsOf("T4000001")).toEqual([
      ["1 g", { EUR: 2400, GBP: 2000, USD: 2500 }],
      ["5 g", { GBP: 7250, USD: 9000 }],
    ]);
    expect(await packsOf("T4000002")).toEqual([]);
  });

  it("replaces prices per currency, keeps a currency the file leaves out, and is idempotent", async () => {
    const before = await db.packSize.findMany({ where: { product: { catalogNumber: "T4000001" } }, orderBy: { position: "asc" } });
    const update = `catalog_number,name,smiles,pack_sizes,price_eur\nT4000001,Sebacic acid,${SEBACIC},5 g;1 g;25 g,85.00;;300.00\n`;
    expect(await csv(update)).toMatchObject({ updated: 1, rejected: [], changed: ["T4000001"] });
    expect(await packsOf("T4000001")).toEqual([
      ["5 g", { EUR: 8500, GBP: 7250, USD: 9000 }],
      ["1 g", { GBP: 2000, USD: 2500 }],
      ["25 g", { EUR: 30000 }],
    ]);
    // A pack size the file keeps keeps its row, so whatever refers to it still does.
    const after = await db.packSize.findMany({ where: { product: { catalogNumber: "T4000001" } } });
    expect(after.find((p) => p.amount === 1)!.id).toBe(before.find((p) => p.amount === 1)!.id);
    expect(await csv(update)).toMatchObject({ updated: 0, unchanged: 1, changed: [] });
    // Leaving a pack size out removes it; an empty pack_sizes removes them all.
    await csv(`catalog_number,name,smiles,pack_sizes\nT4000001,Sebacic acid,${SEBACIC},25 g\n`);
    expect(await packsOf("T4000001")).toEqual([["25 g", { EUR: 30000 }]]);
    await csv(`catalog_number,name,smiles,pack_sizes\nT4000001,Sebacic acid,${SEBACIC},\n`);
    expect(await packsOf("T4000001")).toEqual([]);
  });

  it("reads the same fields from an SD file", async () => {
    const sdf = [
      "",
      "  manual",
      "",
      "  0  0  0  0  0  0  0  0  0  0999 V2000",
      "M  END",
      "> <catalog_number>\nT4000003\n",
      "> <name>\n4-tert-Butylphenol\n",
      `> <smiles>\n${BUTYLPHENOL}\n`,
      "> <pack_sizes>\n1 g; 10 g\n",
      "> <price_gbp>\n18.00; 99.95\n",
      "$$$$",
      "",
    ].join("\n");
    const report = await importCatalog(sdfToCatalogRecords(parseSdf([sdf])));
    expect(report).toMatchObject({ inserted: 1, rejected: [] });
    expect(await packsOf("T4000003")).toEqual([
      ["1 g", { GBP: 1800 }],
      ["10 g", { GBP: 9995 }],
    ]);
  });
});
