import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cacheTags } from "@/lib/cache-tags";
import { mgPerMlToMillimolar } from "@/lib/catalog/calculators";
import { getProduct } from "@/lib/catalog/products";
import { removeSolubility, saveSolubility } from "@/lib/catalog/solubility";
import { solubilitySchema, type SolubilityInput } from "@/lib/catalog/solubility-schema";
import { db } from "@/lib/db";
import { parseForm } from "@/lib/core/form-data";
import { DomainError } from "@/lib/core/domain-error";
import { auditOf, createAdmin, createTestProduct, removeAdmin } from "@/tests/catalog-fixtures";
import { uniqueToken } from "@/tests/inquiry-fixtures";

const token = uniqueToken("s");
const catalogNumber = `TS${token.slice(1, 9).toUpperCase()}`;
const referenceKey = `solubility-source-${token}`;
let admin: { id: string };

const input = (fields: Partial<SolubilityInput> = {}): SolubilityInput => ({
  catalogNumber,
  solvent: "Water",
  maxMgPerMl: 10,
  atLeast: false,
  source: `10.5555/${token}`,
  ...fields,
});

beforeAll(async () => {
  admin = await createAdmin();
  const compound = await db.compound.create({ data: { slug: `compound-${token}`, name: "Test compound" } });
  await db.reference.create({ data: { key: referenceKey, title: "A solubility source", doi: `10.5555/${token}` } });
  // Ketamine hydrochloride's MW, so that the molar figure can be checked by hand.
  await createTestProduct({
    catalogNumber,
    compoundId: compound.id,
    token,
    description: "For the solubility tests.",
    data: { molecularWeight: 274.19 },
  });
});

afterAll(async () => {
  await db.product.deleteMany({ where: { catalogNumber } });
  await db.compound.deleteMany({ where: { slug: `compound-${token}` } });
  await db.reference.deleteMany({ where: { key: referenceKey } });
  await removeAdmin(admin);
});

describe("solubilitySchema", () => {
  const parse = (values: Record<string, string>) =>
    parseForm(solubilitySchema, { catalogNumber, solvent: "DMSO", source: "in-house", ...values });

  it("reads mg/mL, the ≥ checkbox and optional conditions", () => {
    const ok = parse({ maxMgPerMl: "25", atLeast: "on", conditions: " with warming " });
    expect(ok).toMatchObject({ ok: true, data: { maxMgPerMl: 25, atLeast: true, conditions: "with warming" } });
    expect(parse({ maxMgPerMl: "2.5" })).toMatchObject({ ok: true, data: { maxMgPerMl: 2.5, atLeast: false } });
  });

  it("puts a missing source, a non-number and a unit mistake next to their fields", () => {
    expect(parse({ maxMgPerMl: "lots", source: "" })).toMatchObject({
      ok: false,
      fieldErrors: { maxMgPerMl: expect.stringMatching(/number/), source: expect.stringMatching(/source/) },
    });
    expect(parse({ maxMgPerMl: "5000" })).toMatchObject({ ok: false, fieldErrors: { maxMgPerMl: expect.stringMatching(/mg\/mL/) } });
    expect(parse({ maxMgPerMl: "0" })).toMatchObject({ ok: false, fieldErrors: { maxMgPerMl: expect.stringMatching(/above zero/) } });
  });
});

describe("saveSolubility and the product page's data", () => {
  it("stores mg/mL citing a source by DOI; the page reads it and mM follows from the MW (10 mg/mL ÷ 274.19 g/mol = 36.47 mM)", async () => {
    const result = await saveSolubility(input(), admin);
    expect(result).toEqual({ solvent: "Water", replaced: false, tags: [cacheTags.product(catalogNumber)] });
    await saveSolubility(
      input({ solvent: "DMSO", maxMgPerMl: 50, atLeast: true, conditions: "ultrasonic bath", source: "in-house" }),
      admin,
    );

    const product = await getProduct({ catalogNumber });
    const rows = product!.solubilities.map((s) => ({
      solvent: s.solvent,
      mgPerMl: s.maxMgPerMl,
      atLeast: s.atLeast,
      source: s.reference?.key ?? null,
    }));
    expect(rows).toEqual([
      { solvent: "Water", mgPerMl: 10, atLeast: false, source: referenceKey },
      { solvent: "DMSO", mgPerMl: 50, atLeast: true, source: null },
    ]);
    // 10 mg/mL = 10 g/L; 10 ÷ 274.19 = 0.036471 mol/L = 36.471 mM. 50 ÷ 274.19 × 1000 = 182.36 mM
    expect(mgPerMlToMillimolar(product!.solubilities[0]!.maxMgPerMl, product!.molecularWeight)).toBeCloseTo(36.471, 3);
    expect(mgPerMlToMillimolar(product!.solubilities[1]!.maxMgPerMl, product!.molecularWeight)).toBeCloseTo(182.36, 2);
    expect(await auditOf(admin, "solubility.add")).toHaveLength(2);
  });

  it("replaces the value for a solvent named again in any case, keeping its place", async () => {
    const result = await saveSolubility(input({ solvent: "water", maxMgPerMl: 12 }), admin);
    expect(result.replaced).toBe(true);
    const rows = await db.solubility.findMany({ where: { product: { catalogNumber } }, orderBy: { position: "asc" } });
    expect(rows.map((r) => [r.solvent, r.maxMgPerMl])).toEqual([
      ["water", 12],
      ["DMSO", 50],
    ]);
    const [audit] = await auditOf(admin, "solubility.update");
    expect(audit).toMatchObject({ before: { maxMgPerMl: 10, source: referenceKey }, after: { maxMgPerMl: 12, source: referenceKey } });
  });

  it("refuses a source that is no reference, next to the source field, saving nothing", async () => {
    const error = await saveSolubility(input({ solvent: "Ethanol", source: "somebody said so" }), admin).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DomainError);
    expect((error as DomainError).fieldErrors).toHaveProperty("source");
    expect(await db.solubility.count({ where: { product: { catalogNumber }, solvent: "Ethanol" } })).toBe(0);
  });

  it("removes a value of this product only", async () => {
    const row = await db.solubility.findFirstOrThrow({ where: { product: { catalogNumber }, solvent: "DMSO" } });
    await expect(removeSolubility({ catalogNumber: "B8105958", solubilityId: row.id }, admin)).rejects.toThrow(DomainError);
    await removeSolubility({ catalogNumber, solubilityId: row.id }, admin);
    expect(await db.solubility.count({ where: { id: row.id } })).toBe(0);
  });

  it("a cited reference cannot be deleted from under a value (it would turn into an in-house claim)", async () => {
    await expect(db.reference.delete({ where: { key: referenceKey } })).rejects.toThrow();
  });
});
