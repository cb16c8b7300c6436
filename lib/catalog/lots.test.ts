import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { computeParentSpecies } from "@/lib/catalog/chemistry";
import { coaFilename, renderCoaPdf } from "@/lib/catalog/coa-pdf";
import { lotSchema, type LotInput } from "@/lib/catalog/lot-schema";
import { currentLot, findLotsByNumber, getLotForCoa, isLotInDate, saveLot } from "@/lib/catalog/lots";
import { seedCatalog } from "@/lib/catalog/seed-catalog";
import { seedDemoLots } from "@/lib/catalog/seed-lots";
import { DomainError } from "@/lib/core/domain-error";
import * as catalog from "@/prisma/seed-data/catalog";
import { demoLots } from "@/prisma/seed-data/demo-lots";
import { createStaff } from "@/tests/inquiry-fixtures";
import { pdfText } from "@/tests/pdf-text";

const d = (iso: string) => new Date(`${iso}T00:00:00Z`);
const lot = (id: number, manufacturedOn: string, useBy: string) => ({ id, manufacturedOn: d(manufacturedOn), useBy: d(useBy) });

describe("the current lot", () => {
  const now = new Date("2026-12-06T15:00:00Z");
  it("is the most recently made lot still within its date", () => {
    const lots = [lot(1, "2025-01-01", "2027-01-01"), lot(2, "2026-06-01", "2028-06-01"), lot(3, "2024-01-01", "2029-01-01")];
    expect(currentLot(lots, now)?.id).toBe(2);
  });
  it("skips a newer lot that is past its date, and is still the lot on the last day of its date", () => {
    const lots = [lot(1, "2026-01-01", "2026-12-06"), lot(2, "2026-06-01", "2026-12-05")];
    expect(currentLot(lots, now)?.id).toBe(1);
    expect(isLotInDate(lots[0]!, now)).toBe(true);
    expect(isLotInDate(lots[1]!, now)).toBe(false);
  });
  it("is none when every lot is past its date, and the later-entered of two made the same day otherwise", () => {
    expect(currentLot([lot(1, "2020-01-01", "2022-01-01")], now)).toBeNull();
    expect(currentLot([], now)).toBeNull();
    expect(currentLot([lot(7, "2026-06-01", "2028-01-01"), lot(9, "2026-06-01", "2028-01-01")], now)?.id).toBe(9);
  });
});

const form = (over: Partial<Record<keyof LotInput, string>> = {}) => ({
  catalogNumber: "B8106012",
  lotNumber: "qa26-0001",
  manufacturedOn: "2026-09-01",
  useBy: "2028-08-31",
  dateKind: "RETEST",
  quantityAvailable: "500",
  quantityUnit: "mg",
  appearance: "White solid",
  waterPercent: "",
  waterMethod: "",
  hplcPurity: "99.4",
  hplcWavelengthNm: "215",
  nmrConsistent: "yes",
  nmrConclusion: "",
  msAdduct: "M_PLUS_H",
  msMzFound: "238.0995",
  ...over,
});
const errorsOf = (values: object) => {
  const result = lotSchema.safeParse(values);
  return result.success ? {} : Object.fromEntries(result.error.issues.map((i) => [i.path.join("."), i.message]));
};

describe("the lot form's schema", () => {
  it("accepts a complete lot and upper-cases its number", () => {
    const parsed = lotSchema.parse(form());
    expect(parsed.lotNumber).toBe("QA26-0001");
    expect(parsed.demo).toBe(false);
  });
  it("asks for each result's method: a wavelength with HPLC purity, a method with water, an ion with m/z", () => {
    expect(errorsOf(form({ hplcWavelengthNm: "" }))).toHaveProperty("hplcWavelengthNm");
    expect(errorsOf(form({ waterPercent: "0.5" }))).toHaveProperty("waterMethod");
    expect(errorsOf(form({ msAdduct: "" }))).toHaveProperty("msAdduct");
  });
  it("refuses impossible values and dates in the wrong order", () => {
    expect(errorsOf(form({ hplcPurity: "100.5" }))).toHaveProperty("hplcPurity");
    expect(errorsOf(form({ hplcWavelengthNm: "90" }))).toHaveProperty("hplcWavelengthNm");
    expect(errorsOf(form({ useBy: "2026-08-31" }))).toHaveProperty("useBy");
    expect(errorsOf(form({ manufacturedOn: "2026-02-30" }))).toHaveProperty("manufacturedOn");
    expect(errorsOf(form({ lotNumber: "lot 1/2" }))).toHaveProperty("lotNumber");
  });
  it("requires at least one result", () => {
    expect(errorsOf(form({ hplcPurity: "", hplcWavelengthNm: "", nmrConsistent: "", msAdduct: "", msMzFound: "" }))).toHaveProperty(
      "hplcPurity",
    );
  });
});

describe("lots in the database", () => {
  let actor: { id: string };
  beforeAll(async () => {
    await seedCatalog(db, catalog);
    await seedDemoLots(db, demoLots);
    actor = { id: (await createStaff({ name: "Lot Admin" })).id };
  });
  const parentSpecies = computeParentSpecies;

  it("seeds every demo lot marked as demo data, idempotently", async () => {
    expect(await seedDemoLots(db, demoLots)).toBe(demoLots.length);
    const lots = await db.lot.findMany({ where: { lotNumber: { in: demoLots.map((l) => l.lotNumber) } } });
    expect(lots).toHaveLength(demoLots.length);
    expect(lots.every((l) => l.demo)).toBe(true);
  });

  it("adds a lot with the free base's mass for a hydrochloride, records it in the audit log, and edits it", async () => {
    const saved = await saveLot(lotSchema.parse(form()), actor, { parentSpecies });
    expect(saved).toMatchObject({ lotNumber: "QA26-0001", created: true });
    const coa = (await getLotForCoa({ catalogNumber: "B8106012", lotNumber: "QA26-0001" }))!;
    expect(coa.lot.parentFormula).toBe("C13H16ClNO");
    expect(coa.lot.parentExactMass).toBeCloseTo(237.09204, 4);
    const audit = await db.auditLog.findFirst({ where: { action: "lot.create", actorId: actor.id } });
    expect(audit?.after).toMatchObject({ catalogNumber: "B8106012", lotNumber: "QA26-0001", hplcPurity: 99.4 });

    await saveLot(lotSchema.parse(form({ lotId: String(coa.lot.id), hplcPurity: "99.1" } as never)), actor, { parentSpecies });
    const edited = (await getLotForCoa({ catalogNumber: "B8106012", lotNumber: "QA26-0001" }))!;
    expect(edited.lot.hplcPurity).toBe(99.1);
    expect(await db.auditLog.count({ where: { action: "lot.update", actorId: actor.id } })).toBe(1);
  });

  it("refuses a second lot with the same number for one product, and an m/z that is not of the stated ion", async () => {
    const duplicate = saveLot(lotSchema.parse(form({ lotNumber: "RD26-0220" })), actor, { parentSpecies });
    await expect(duplicate).rejects.toBeInstanceOf(DomainError);
    await expect(duplicate).rejects.toMatchObject({ fieldErrors: { lotNumber: expect.stringContaining("already has a lot") } });
    // 274.08 is the hydrochloride's mass + H: the salt is never the ion.
    const wrongIon = saveLot(lotSchema.parse(form({ lotNumber: "QA26-0002", msMzFound: "275.0760" })), actor, { parentSpecies });
    await expect(wrongIon).rejects.toMatchObject({ fieldErrors: { msMzFound: expect.stringContaining("238.0993") } });
  });

  it("finds a lot by number across products", async () => {
    const found = await findLotsByNumber("RD26-0412");
    expect(found.map((l) => l.product.catalogNumber)).toEqual(["B8105958"]);
    expect(await findLotsByNumber("NO-SUCH-LOT")).toEqual([]);
  });
});

describe("the CoA PDF", () => {
  beforeAll(async () => {
    await seedCatalog(db, catalog);
    await seedDemoLots(db, demoLots);
  });

  it("prints the lot, its purity by method, m/z found and calculated, the demo marking and the RUO statement; same bytes twice", async () => {
    const data = (await getLotForCoa({ catalogNumber: "B8105958", lotNumber: "RD26-0412" }))!;
    const bytes = await renderCoaPdf(data);
    expect(bytes.subarray(0, 5).toString()).toBe("%PDF-");
    expect((await renderCoaPdf(data)).equals(bytes)).toBe(true);
    expect(coaFilename(data)).toBe("CoA-B8105958-RD26-0412.pdf");
    const text = (await pdfText(bytes)).normalize("NFKC").replace(/\s+/g, " ");
    expect(text).toContain("CERTIFICATE OF ANALYSIS");
    expect(text).toContain("Lot RD26-0412");
    expect(text).toContain("LY3020371 hydrochloride");
    expect(text).toContain("HPLC, area % at 220 nm");
    expect(text).toContain("99.2 %");
    expect(text).toContain("Consistent with structure");
    // Free acid C15H15F2NO5S 359.063900 + H+ 1.007276 = 360.071176; found 360.0716: +0.000424 / 360.071176 = +1.2 ppm.
    expect(text).toContain("m/z found 360.0716");
    expect(text).toContain("m/z calculated 360.0712 (+1.2 ppm)");
    expect(text).toContain("C15H15F2NO5S");
    expect(text).toContain("0.40 % w/w");
    expect(text).toContain("DEMO LOT — ILLUSTRATIVE DATA");
    expect(text).toContain("For research use only");
    // The fonts travel with the file.
    expect(bytes.includes(Buffer.from("/FontFile2"))).toBe(true);
  });

  it("carries no demo marking for a real lot", async () => {
    const data = (await getLotForCoa({ catalogNumber: "B8105958", lotNumber: "RD26-0412" }))!;
    const text = await pdfText(await renderCoaPdf({ ...data, lot: { ...data.lot, demo: false } }));
    expect(text).not.toContain("DEMO LOT");
  });
});
