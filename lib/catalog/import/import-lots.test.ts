import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { importLots } from "@/lib/catalog/import/import-lots";
import { parseCsv } from "@/lib/catalog/import/parse-csv";
import { getLotForCoa } from "@/lib/catalog/lots";
import { seedCatalog } from "@/lib/catalog/seed-catalog";
import * as catalog from "@/prisma/seed-data/catalog";

beforeAll(async () => {
  await seedCatalog(db, catalog);
});

const header =
  "catalog_number,lot_number,manufactured_on,retest_or_expiry_date,date_kind,quantity_available,quantity_unit,appearance,water_percent,water_method,hplc_purity,hplc_wavelength_nm,nmr_consistent,nmr_conclusion,ms_adduct,ms_mz_found,demo";

describe("importLots", () => {
  it("imports lots by product and lot number, with spreadsheet words for the ion and the date kind, and reports bad rows by line", async () => {
    const csv = [
      header,
      "B8106205,imp26-0001,2026-05-01,2029-04-30,expiry,1000,mg,White solid,0.2,Karl Fischer,99.5,205,yes,,[M+H]+,180.1749,no",
      "B8106205,IMP26-0002,2026-05-01,2029-04-30,retest,1000,mg,White solid,,,99.5,,,,,,",
      "NOPE-1,IMP26-0003,2026-05-01,2029-04-30,retest,1,mg,White solid,,,99,220,,,,,",
      // Memantine HCl's [M+H]+ is of the free base, 180.1747; 216.15 would be the salt's.
      "B8106205,IMP26-0004,2026-05-01,2029-04-30,retest,1,mg,White solid,,,,,,,[M+H]+,216.1514,",
    ].join("\n");
    const report = await importLots(parseCsv([csv]), { client: db });
    expect(report).toMatchObject({ inserted: 1, updated: 0 });
    expect(report.rejected).toEqual([
      { line: 3, reasons: ["hplc_wavelength_nm: Give the detection wavelength"] },
      { line: 4, reasons: ["catalog_number: there is no product NOPE-1"] },
      { line: 5, reasons: [expect.stringMatching(/^ms_mz_found: .*calculated 180\.1747/)] },
    ]);
    const { lot } = (await getLotForCoa({ catalogNumber: "B8106205", lotNumber: "IMP26-0001" }))!;
    expect(lot).toMatchObject({ dateKind: "EXPIRY", msAdduct: "M_PLUS_H", parentFormula: "C12H21N", nmrConsistent: true, demo: false });

    const again = await importLots(parseCsv([csv.split("\n").slice(0, 2).join("\n").replace(",99.5,205,", ",99.6,205,")]), { client: db });
    expect(again).toMatchObject({ inserted: 0, updated: 1, rejected: [] });
    expect((await getLotForCoa({ catalogNumber: "B8106205", lotNumber: "IMP26-0001" }))!.lot.hplcPurity).toBe(99.6);
  });
});
