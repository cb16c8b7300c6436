import { describe, expect, it } from "vitest";
import { productEditSchema } from "@/lib/catalog/product-edit-schema";
import { parseForm } from "@/lib/core/form-data";

const base = { catalogNumber: "B8105958", name: "LY3020371 hydrochloride", saltForm: "hydrochloride", smiles: "C", description: "Text." };
const parse = (prices: Record<string, string>) =>
  parseForm(productEditSchema, { ...base, "packs.0.size": "1 mg", "packs.1.size": "5 mg", ...prices });

describe("productEditSchema list prices", () => {
  it("reads a price per pack size and currency in minor units; an empty field is on request", () => {
    const parsed = parse({
      "packs.0.USD": "165.00",
      "packs.0.EUR": " 155.5 ",
      "packs.0.GBP": "1,300",
      "packs.1.USD": "",
      "packs.1.EUR": "",
      "packs.1.GBP": "",
    });
    expect(parsed.ok && parsed.data.packs).toEqual([
      { size: "1 mg", USD: 16500, EUR: 15550, GBP: 130000 },
      { size: "5 mg", USD: null, EUR: null, GBP: null },
    ]);
  });

  it("puts the error on the field that holds it: more than two decimals, a currency sign, words, too large", () => {
    const parsed = parse({
      "packs.0.USD": "165.005",
      "packs.0.EUR": "€155",
      "packs.0.GBP": "130.00",
      "packs.1.USD": "ask us",
      "packs.1.EUR": "99999999",
      "packs.1.GBP": "-5",
    });
    expect(parsed.ok).toBe(false);
    const errors = parsed.ok ? {} : parsed.fieldErrors;
    expect(errors).toEqual({
      "packs.0.USD": "Write a price like 165.00",
      "packs.0.EUR": "Write a price like 165.00",
      "packs.1.USD": "Write a price like 165.00",
      "packs.1.EUR": "Write a price like 165.00",
      "packs.1.GBP": "Write a price like 165.00",
    });
  });

  it("takes a product without pack sizes, and refuses a pack size that is not one", () => {
    const none = parseForm(productEditSchema, base);
    expect(none.ok && none.data.packs).toEqual([]);
    const odd = parseForm(productEditSchema, {
      ...base,
      "packs.0.size": "a bucket",
      "packs.0.USD": "1.00",
      "packs.0.EUR": "",
      "packs.0.GBP": "",
    });
    expect(odd.ok ? {} : odd.fieldErrors).toEqual({ "packs.0.size": "Unknown pack size" });
  });
});
