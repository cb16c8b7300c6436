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

  it("replaces list prices per currency in the same save, an empty price being on request, and audits them", async () => {
    const product = await db.product.findUniqueOrThrow({ where: { catalogNumber } });
    await db.packSize.create({
      data: { productId: product.id, amount: 1, unit: "g", position: 0, prices: { create: [{ currency: "USD", amountMinor: 4000 }] } },
    });
    await db.packSize.create({ data: { productId: product.id, amount: 5, unit: "g", position: 1 } });
    const prices = {
      "packs.0.size": "1 g",
      "packs.0.USD": "42.50",
      "packs.0.EUR": "39.00",
      "packs.0.GBP": "",
      "packs.1.size": "5 g",
      "packs.1.USD": "150.00",
      "packs.1.EUR": "",
      "packs.1.GBP": "120.00",
    };
    expect(await saveProduct(form(prices), admin)).toEqual({ ok: true, created: false });
    const packs = await db.packSize.findMany({
      where: { productId: product.id },
      orderBy: { position: "asc" },
      include: { prices: { orderBy: { currency: "asc" } } },
    });
    expect(packs.map((p) => [`${p.amount} ${p.unit}`, p.prices.map((x) => `${x.currency} ${x.amountMinor}`)])).toEqual([
      ["1 g", ["USD 4250", "EUR 3900"]],
      ["5 g", ["USD 15000", "GBP 12000"]],
    ]);
    const update = (await auditOf(admin, "product.update")).at(-1);
    expect(update?.before).toMatchObject({
      packSizes: [
        { amount: 1, prices: [{ currency: "USD", amountMinor: 4000 }] },
        { amount: 5, prices: [] },
      ],
    });
    expect(update?.after).toMatchObject({
      packSizes: [{ amount: 1, prices: [{ amountMinor: 4250 }, { amountMinor: 3900 }] }, { amount: 5 }],
    });

    // Saving other fields without touching the prices keeps them; clearing one makes it on request.
    expect(await saveProduct(form({ ...prices, "packs.0.EUR": "" }), admin)).toEqual({ ok: true, created: false });
    const eur = await db.packSizePrice.findMany({ where: { packSize: { productId: product.id }, currency: "EUR" } });
    expect(eur).toEqual([]);
    expect(await db.packSizePrice.count({ where: { packSize: { productId: product.id } } })).toBe(3);
  });
});
