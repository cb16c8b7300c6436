import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { prepareCatalogSeed, seedCatalog, SeedDataError, type CatalogSeed } from "@/lib/catalog/seed-catalog";
import * as catalog from "@/prisma/seed-data/catalog";

const ketamine = {
  catalogNumber: "T0000001",
  name: "Test ketamine hydrochloride",
  synonyms: [],
  compound: { slug: "test-ketamine", name: "Test ketamine" },
  saltForm: "hydrochloride",
  smiles: "Cl.CNC1(CCCCC1=O)c1ccccc1Cl",
  description: "A test record.",
  references: [{ ref: "r1", supports: "identity" }],
  activities: [],
  categories: [],
  packSizes: [{ amount: 10, unit: "mg" as const, prices: { USD: "120.00", EUR: "115.00", GBP: "95.00" } }],
};
const tiny: CatalogSeed = {
  references: [{ key: "r1", title: "A source", url: "https://example.org/r1" }],
  targets: [],
  mechanisms: [],
  categories: [],
  products: [ketamine],
};

describe("prepareCatalogSeed", () => {
  it("accepts values that agree with the structure", async () => {
    const computed = await prepareCatalogSeed({
      ...tiny,
      products: [{ ...ketamine, expected: { formula: "C13H17Cl2NO", molecularWeight: 274.19 } }],
    });
    expect(computed.get("T0000001")?.inchiKey).toBe("VCMGMSHEPQENPE-UHFFFAOYSA-N");
  });

  it("fails loudly, naming the product, when a hand-entered value disagrees with RDKit", async () => {
    // 237.73 is the free base's weight entered on the salt: a classic catalog error.
    const wrong = { ...tiny, products: [{ ...ketamine, expected: { molecularWeight: 237.73 } }] };
    await expect(prepareCatalogSeed(wrong)).rejects.toThrow(SeedDataError);
    await expect(prepareCatalogSeed(wrong)).rejects.toThrow(/T0000001 .*MW 237.73 ≠ computed 274.19/);
  });

  it("rejects unknown references, duplicate catalog numbers, duplicate structures and bad SMILES", async () => {
    const bad: CatalogSeed = {
      ...tiny,
      products: [
        { ...ketamine, references: [{ ref: "nope", supports: "x" }] },
        { ...ketamine },
        { ...ketamine, catalogNumber: "T0000002", smiles: "C1CC(" },
      ],
    };
    const error = await prepareCatalogSeed(bad).then(
      () => new Error("expected the seed data to be refused"),
      (e: Error) => e,
    );
    expect(error).toBeInstanceOf(SeedDataError);
    expect(error.message).toMatch(/unknown reference "nope"/);
    expect(error.message).toMatch(/T0000001 .*duplicate catalog number/);
    expect(error.message).toMatch(/T0000002 .*cannot parse the SMILES/);
  });

  it("refuses a pack size whose price is not an amount with at most two decimals, naming it", async () => {
    const prices = { USD: "120.00", EUR: "115.005", GBP: "" };
    const bad = { ...tiny, products: [{ ...ketamine, packSizes: [{ amount: 10, unit: "mg" as const, prices }] }] };
    const error = await prepareCatalogSeed(bad).catch((e: Error) => e);
    expect(String(error)).toMatch(/T0000001 .*10 mg has no valid EUR price \("115.005"/);
    expect(String(error)).toMatch(/10 mg has no valid GBP price/);
    expect(String(error)).not.toMatch(/USD price/);
  });

  it("refuses a product that cites another vendor's product page", async () => {
    const vendor = { key: "vendor-page", title: "Ketamine (product page)", url: "https://shop.example.com/fr/product/b123" };
    const citing: CatalogSeed = {
      ...tiny,
      references: [...tiny.references, vendor],
      products: [{ ...ketamine, references: [{ ref: "vendor-page", supports: "InChIKey" }] }],
    };
    await expect(prepareCatalogSeed(citing)).rejects.toThrow(/T0000001 .*cites a product page \(vendor-page\)/);
  });
});

describe("seedCatalog with the demo catalog", () => {
  beforeAll(async () => {
    await seedCatalog(db, catalog);
  });

  it("stores every product with structure-derived fields computed by RDKit", async () => {
    // By catalog number: on PostgreSQL the test files share one database, and others write products too.
    expect(await db.product.count({ where: { catalogNumber: { in: catalog.products.map((p) => p.catalogNumber) } } })).toBe(
      catalog.products.length,
    );
    const salt = await db.product.findUniqueOrThrow({ where: { catalogNumber: "B8105958" }, include: { compound: true } });
    expect(salt.name).toBe("LY3020371 hydrochloride");
    expect(salt.formula).toBe("C15H16ClF2NO5S");
    expect(salt.molecularWeight).toBeCloseTo(395.8, 1);
    expect(salt.inchiKey).toBe("XETSGLSGWGGOTN-JPWNOPPSSA-N");
    expect(salt.structureSvg).toContain("<svg");
  });

  it("links salt forms of one molecule to one parent compound", async () => {
    const forms = await db.product.findMany({ where: { compound: { products: { some: { catalogNumber: "B8105958" } } } } });
    expect(forms.map((p) => p.saltForm).sort()).toEqual(["free acid", "hydrochloride"]);
    expect(new Set(forms.map((p) => p.inchiKey)).size).toBe(2);
  });

  it("cites no vendor's product page: LY3020371 hydrochloride's identifiers are computed here, not sourced", async () => {
    const cited = await db.productReference.findMany({ include: { reference: true, product: { select: { catalogNumber: true } } } });
    expect(cited.length).toBeGreaterThan(0);
    for (const { reference, product } of cited)
      expect(reference.url ?? "", `${product.catalogNumber} cites ${reference.key}`).not.toMatch(/\/products?\//);
    const ly = cited.filter((c) => c.product.catalogNumber === "B8105958").map((c) => c.reference.key);
    expect(ly).toEqual(expect.arrayContaining(["witkin2017invitro", "witkin2017jpet", "witkin2017pbb"]));
    expect(ly.filter((key) => !key.startsWith("witkin"))).toEqual([]);
  });

  it("cites a source for every activity and every CAS number", async () => {
    const activities = await db.activity.findMany({ include: { reference: true } });
    expect(activities.length).toBeGreaterThan(0);
    for (const a of activities) expect(a.reference.title.length).toBeGreaterThan(0);
    expect(await db.product.count({ where: { casNumber: { not: null }, casReferenceId: null } })).toBe(0);
    const references = await db.reference.findMany();
    // Findable: an article by PMID or DOI, a record by URL, a printed compendium (USP) by its edition and year.
    for (const ref of references) expect(ref.pmid || ref.doi || ref.url || (ref.journal && ref.year), ref.key).toBeTruthy();
  });

  it("seeds only cited solubility: ketamine HCl in water, ≥ 200 mg/mL from the USP monograph; the rest have none", async () => {
    const rows = await db.solubility.findMany({ include: { product: { select: { catalogNumber: true } }, reference: true } });
    expect(rows.map((r) => [r.product.catalogNumber, r.solvent, r.maxMgPerMl, r.atLeast, r.reference?.key])).toEqual([
      ["B8106012", "Water", 200, true, "usp28-ketamine-hcl"],
    ]);
  });

  it("gives every demo pack size a list price in USD, EUR and GBP, as written in the seed data", async () => {
    const numbers = catalog.products.map((p) => p.catalogNumber);
    const packs = await db.packSize.findMany({
      where: { product: { catalogNumber: { in: numbers } } },
      include: { prices: true, product: { select: { catalogNumber: true } } },
    });
    expect(packs.length).toBe(catalog.products.reduce((n, p) => n + p.packSizes.length, 0));
    for (const pack of packs) {
      const where = `${pack.product.catalogNumber} ${pack.amount} ${pack.unit}`;
      expect(pack.prices.map((p) => p.currency).sort(), where).toEqual(["EUR", "GBP", "USD"]);
      for (const price of pack.prices) expect(price.amountMinor, where).toBeGreaterThan(0);
    }
    const first = packs.find((p) => p.product.catalogNumber === "B8105958" && p.amount === 1 && p.unit === "mg")!;
    expect(Object.fromEntries(first.prices.map((p) => [p.currency, p.amountMinor]))).toEqual({ USD: 16500, EUR: 15500, GBP: 13000 });
  });

  it("is idempotent: seeding again changes no counts", async () => {
    const count = async () => [await db.product.count(), await db.activity.count(), await db.packSize.count(), await db.reference.count()];
    const before = await count();
    await seedCatalog(db, catalog);
    expect(await count()).toEqual(before);
  });
});
