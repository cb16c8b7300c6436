import { afterAll, describe, expect, it } from "vitest";
import { listPricesFor, packPrices } from "@/lib/catalog/prices";
import { db } from "@/lib/db";
import { createTestProduct } from "@/tests/catalog-fixtures";
import { uniqueToken } from "@/tests/inquiry-fixtures";

const token = uniqueToken("prices");
const catalogNumber = `TQ${token.slice(-10).toUpperCase()}`;
let created: { productId: number; compoundId: number } | undefined;

afterAll(async () => {
  if (!created) return;
  await db.product.delete({ where: { id: created.productId } });
  await db.compound.delete({ where: { id: created.compoundId } });
});

describe("packPrices", () => {
  it("gives every currency, null where there is no price row", () => {
    expect(packPrices([{ currency: "EUR", amountMinor: 950 }])).toEqual({ USD: null, EUR: 950, GBP: null });
  });
});

describe("listPricesFor", () => {
  it("gives the pack sizes' prices in one currency, null when on request in it, and leaves out unknown ids", async () => {
    const compound = await db.compound.create({ data: { slug: token, name: token } });
    const product = await createTestProduct({ catalogNumber, compoundId: compound.id, token, description: "For the price test." });
    created = { productId: product.id, compoundId: compound.id };
    const small = await db.packSize.create({
      data: {
        productId: product.id,
        amount: 1,
        unit: "mg",
        prices: {
          create: [
            { currency: "USD", amountMinor: 16500 },
            { currency: "EUR", amountMinor: 15500 },
          ],
        },
      },
    });
    const large = await db.packSize.create({
      data: { productId: product.id, amount: 10, unit: "mg", prices: { create: [{ currency: "USD", amountMinor: 98000 }] } },
    });
    const missing = large.id + 1_000_000;
    const eur = await listPricesFor([small.id, large.id, missing, small.id], "EUR");
    expect(eur).toEqual(
      new Map([
        [small.id, 15500],
        [large.id, null],
      ]),
    );
    expect((await listPricesFor([large.id], "USD")).get(large.id)).toBe(98000);
    expect(await listPricesFor([], "GBP")).toEqual(new Map());
  });
});
