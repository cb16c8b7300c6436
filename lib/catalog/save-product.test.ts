import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { productEditSchema } from "@/lib/catalog/product-edit-schema";
import { saveProduct } from "@/lib/catalog/save-product";
import { db } from "@/lib/db";
import { parseForm } from "@/lib/core/form-data";
import { auditOf, createAdmin, removeAdmin } from "@/tests/catalog-fixtures";
import { uniqueToken } from "@/tests/inquiry-fixtures";

const catalogNumber = `TP${uniqueToken("").slice(0, 8).toUpperCase()}`;
let admin: { id: string };

const form = (fields: Record<string, string> = {}) => {
  const parsed = parseForm(productEditSchema, {
    catalogNumber: catalogNumber.toLowerCase(),
    name: "Heptacosane",
    saltForm: "free form",
    // A long alkane no other test file uses: the import refuses a structure already in the catalog.
    smiles: "C".repeat(27),
    description: "A saturated hydrocarbon, for the product form test.",
    ...fields,
  });
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.fieldErrors));
  return parsed.data;
};

beforeAll(async () => {
  admin = await createAdmin();
});

afterAll(async () => {
  const products = await db.product.findMany({ where: { catalogNumber }, select: { compoundId: true } });
  await db.product.deleteMany({ where: { catalogNumber } });
  await db.compound.deleteMany({ where: { id: { in: products.map((p) => p.compoundId) }, products: { none: {} } } });
  await removeAdmin(admin);
});

describe("saveProduct (the staff product form)", () => {
  it("creates a product when the catalog number is new, then edits it, auditing both", async () => {
    expect(await saveProduct(form(), admin)).toEqual({ ok: true, created: true });
    expect(await db.product.findUnique({ where: { catalogNumber } })).toMatchObject({ name: "Heptacosane", formula: "C27H56" });
    expect(await saveProduct(form({ availability: "In stock" }), admin)).toEqual({ ok: true, created: false });
    expect((await auditOf(admin, "product.create"))[0]?.after).toMatchObject({ catalogNumber, name: "Heptacosane" });
    const [update] = await auditOf(admin, "product.update");
    expect(update?.before).toMatchObject({ availability: null });
    expect(update?.after).toMatchObject({ availability: "In stock" });
  });

  it("refuses what the import refuses, writing nothing and auditing nothing", async () => {
    const result = await saveProduct(form({ smiles: "C1CC(" }), admin);
    expect(result.ok).toBe(false);
    expect(await db.product.findUnique({ where: { catalogNumber } })).toMatchObject({ smiles: "C".repeat(27) });
    expect(await auditOf(admin, "product.update")).toHaveLength(1);
  });
});
