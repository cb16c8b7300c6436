// Discontinued and renamed products, on a real database: the rename keeps the old number leading to
// the product (and refuses it to any other), a discontinued product leaves browsing but not search,
// and a quote request for it is refused beside its field with what to order instead.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { formValues, parseForm } from "@/lib/core/form-data";
import { findCurrentCatalogNumbers, findRenamedProduct, renameProduct, setProductLifecycle } from "@/lib/catalog/lifecycle";
import { productLifecycleSchema, productRenameSchema } from "@/lib/catalog/product-edit-schema";
import { findProducts, getProduct } from "@/lib/catalog/products";
import { productRedirectPath } from "@/lib/catalog/redirect-map";
import { productJsonLd } from "@/lib/catalog/json-ld";
import { importCatalog } from "@/lib/catalog/import/import-catalog";
import { submitInquiry } from "@/lib/inquiries/submit-inquiry";
import { auditOf, createAdmin, createTestProduct } from "@/tests/catalog-fixtures";
import { form, ensureTestProduct, quoteForm, TEST_PRODUCT, uniqueToken } from "@/tests/inquiry-fixtures";

let admin: { id: string };
let compoundId: number;

beforeAll(async () => {
  admin = await createAdmin();
  compoundId = (await db.compound.create({ data: { slug: uniqueToken("lifecycle-"), name: "Lifecycle test compound" } })).id;
  await ensureTestProduct();
});

/** A product under a fresh catalog number; `name` makes it findable by a search of its own. */
async function product(name = `Lifecycle ${uniqueToken()}`) {
  const token = uniqueToken();
  return createTestProduct({
    catalogNumber: `LC${token.slice(1, 9).toUpperCase()}`,
    compoundId,
    token,
    description: "A product that exists only in lifecycle tests.",
    data: { name },
  });
}

const number = () => `LN${uniqueToken().slice(1, 9).toUpperCase()}`;

describe("renaming a product", () => {
  it("moves the product to the new number and keeps the old one leading to it, for the page and its CoAs", async () => {
    const p = await product();
    const to = number();
    const result = await renameProduct({ catalogNumber: p.catalogNumber, newCatalogNumber: to }, admin);
    expect(result.tags).toEqual(expect.arrayContaining([`product:${p.catalogNumber}`, `product:${to}`, "catalog"]));
    expect((await getProduct({ catalogNumber: to }))?.id).toBe(p.id);
    expect(await getProduct({ catalogNumber: p.catalogNumber })).toBeNull();
    expect(await findRenamedProduct({ catalogNumber: p.catalogNumber })).toBe(to);
    // What proxy.ts answers with a 301, in any letter case, sub-paths included.
    expect(productRedirectPath(`/products/${p.catalogNumber.toLowerCase()}`)).toBe(`/products/${to}`);
    expect(productRedirectPath(`/products/${p.catalogNumber}/lots/RD26-0001/coa.pdf`)).toBe(`/products/${to}/lots/RD26-0001/coa.pdf`);
    expect(productRedirectPath(`/products/${to}`)).toBeNull();
    const [entry] = (await auditOf(admin, "product.rename")).filter(
      (e) => (e.before as { catalogNumber: string }).catalogNumber === p.catalogNumber,
    );
    expect(entry?.after).toEqual({ catalogNumber: to });
  });

  it("follows a second rename from every former number, and can go back to a number of its own", async () => {
    const p = await product();
    const [a, b, c] = [p.catalogNumber, number(), number()];
    await renameProduct({ catalogNumber: a, newCatalogNumber: b }, admin);
    await renameProduct({ catalogNumber: b, newCatalogNumber: c }, admin);
    expect(await findCurrentCatalogNumbers({ catalogNumbers: [a, b] })).toEqual(
      new Map([
        [a, c],
        [b, c],
      ]),
    );
    expect(productRedirectPath(`/products/${a}`)).toBe(`/products/${c}`);
    // Back to its first number: that one is live again, the others lead to it.
    await renameProduct({ catalogNumber: c, newCatalogNumber: a }, admin);
    expect((await getProduct({ catalogNumber: a }))?.id).toBe(p.id);
    expect(productRedirectPath(`/products/${a}`)).toBeNull();
    expect(productRedirectPath(`/products/${b}`)).toBe(`/products/${a}`);
    expect(await findCurrentCatalogNumbers({ catalogNumbers: [a, b, c] })).toEqual(
      new Map([
        [b, a],
        [c, a],
      ]),
    );
  });

  it("refuses another product's number and another product's former number, beside the field", async () => {
    const [p, other, renamed] = await Promise.all([product(), product("Other lifecycle product"), product("Renamed lifecycle product")]);
    await expect(renameProduct({ catalogNumber: p.catalogNumber, newCatalogNumber: other.catalogNumber }, admin)).rejects.toMatchObject({
      code: "conflict",
      fieldErrors: { newCatalogNumber: `${other.catalogNumber} is already the catalog number of Other lifecycle product` },
    });
    const to = number();
    await renameProduct({ catalogNumber: renamed.catalogNumber, newCatalogNumber: to }, admin);
    await expect(renameProduct({ catalogNumber: p.catalogNumber, newCatalogNumber: renamed.catalogNumber }, admin)).rejects.toMatchObject({
      fieldErrors: {
        newCatalogNumber: `${renamed.catalogNumber} is a former catalog number of Renamed lifecycle product and still leads to ${to}`,
      },
    });
    expect((await getProduct({ catalogNumber: p.catalogNumber }))?.id).toBe(p.id);
  });

  it("checks the new number's form in the browser and on the server alike", () => {
    const same = parseForm(productRenameSchema, formValues(form({ catalogNumber: "B8105958", newCatalogNumber: "b8105958" })));
    expect(same.ok ? {} : same.fieldErrors).toEqual({ newCatalogNumber: "Enter a catalog number other than the current one" });
    const bad = parseForm(productRenameSchema, formValues(form({ catalogNumber: "B8105958", newCatalogNumber: "B 81" })));
    expect(bad.ok ? {} : bad.fieldErrors.newCatalogNumber).toMatch(/catalog number such as/);
  });
});

describe("discontinuing a product", () => {
  it("records the day, reason and replacement, audited, and shows as Discontinued in JSON-LD", async () => {
    const [p, replacement] = await Promise.all([product(), product("Replacement lifecycle product")]);
    await setProductLifecycle(
      {
        catalogNumber: p.catalogNumber,
        status: "discontinued",
        discontinuedOn: "2026-03-01",
        reason: "The manufacturer stopped making it",
        replacement: replacement.catalogNumber,
      },
      admin,
    );
    const page = await getProduct({ catalogNumber: p.catalogNumber });
    expect(page?.discontinuedOn?.toISOString()).toBe("2026-03-01T00:00:00.000Z");
    expect(page?.discontinuedReason).toBe("The manufacturer stopped making it");
    expect(page?.replacement?.catalogNumber).toBe(replacement.catalogNumber);
    const jsonLd = JSON.parse(productJsonLd(page!));
    expect(jsonLd.offers).toEqual([expect.objectContaining({ availability: "https://schema.org/Discontinued" })]);
    const entries = (await auditOf(admin, "product.lifecycle")).filter(
      (e) => (e.after as { catalogNumber: string }).catalogNumber === p.catalogNumber,
    );
    expect(entries.at(-1)?.after).toEqual({
      catalogNumber: p.catalogNumber,
      discontinuedOn: "2026-03-01",
      reason: "The manufacturer stopped making it",
      replacement: replacement.catalogNumber,
    });

    // Sold again: everything cleared.
    await setProductLifecycle({ catalogNumber: p.catalogNumber, status: "active" }, admin);
    const again = await getProduct({ catalogNumber: p.catalogNumber });
    expect(again).toMatchObject({ discontinuedOn: null, discontinuedReason: null, replacement: null });
  });

  it("refuses a replacement that is unknown, renamed or discontinued itself, beside the field", async () => {
    const [p, gone, renamed] = await Promise.all([product(), product(), product()]);
    const base = { catalogNumber: p.catalogNumber, status: "discontinued" as const, discontinuedOn: "2026-01-15" };
    await expect(setProductLifecycle({ ...base, replacement: "NOPE-404" }, admin)).rejects.toMatchObject({
      fieldErrors: { replacement: "We have no product NOPE-404" },
    });
    const to = number();
    await renameProduct({ catalogNumber: renamed.catalogNumber, newCatalogNumber: to }, admin);
    await expect(setProductLifecycle({ ...base, replacement: renamed.catalogNumber }, admin)).rejects.toMatchObject({
      fieldErrors: { replacement: `${renamed.catalogNumber} is now ${to}: enter that number` },
    });
    await setProductLifecycle({ catalogNumber: gone.catalogNumber, status: "discontinued", discontinuedOn: "2026-01-01" }, admin);
    await expect(setProductLifecycle({ ...base, replacement: gone.catalogNumber }, admin)).rejects.toMatchObject({
      fieldErrors: { replacement: `${gone.catalogNumber} is discontinued too: suggest a product we still sell` },
    });
  });

  it("needs a day that has come, and no product replaces itself (the form's schema)", () => {
    const parse = (values: Record<string, string>) => {
      const result = parseForm(productLifecycleSchema, formValues(form({ catalogNumber: "B8105958", ...values })));
      return result.ok ? {} : result.fieldErrors;
    };
    expect(parse({ status: "discontinued" })).toEqual({ discontinuedOn: "Enter the date it was discontinued" });
    expect(parse({ status: "discontinued", discontinuedOn: "2999-01-01" })).toEqual({
      discontinuedOn: "Enter today's date or an earlier one",
    });
    expect(parse({ status: "discontinued", discontinuedOn: "2026-02-30" })).toEqual({
      discontinuedOn: "Enter the date it was discontinued",
    });
    expect(parse({ status: "discontinued", discontinuedOn: "2026-02-01", replacement: "b8105958" })).toEqual({
      replacement: "A product cannot replace itself",
    });
    expect(parse({ status: "active" })).toEqual({});
  });

  it("leaves browsing but is still found by a search for its name or number", async () => {
    const name = `Zzdiscontinuamide ${uniqueToken()}`;
    const p = await product(name);
    await setProductLifecycle({ catalogNumber: p.catalogNumber, status: "discontinued", discontinuedOn: "2026-02-01" }, admin);
    const browsing = await findProducts({ filter: {}, pageSize: 10_000 });
    expect(browsing.products.map((x) => x.catalogNumber)).not.toContain(p.catalogNumber);
    const staff = await findProducts({ filter: {}, pageSize: 10_000, includeDiscontinued: true });
    expect(staff.products.find((x) => x.catalogNumber === p.catalogNumber)?.discontinuedOn).not.toBeNull();
    for (const q of [p.catalogNumber, name]) {
      const found = await findProducts({ filter: { q } });
      expect(found.products[0]).toMatchObject({ catalogNumber: p.catalogNumber, discontinuedOn: new Date("2026-02-01T00:00:00Z") });
    }
  });
});

describe("a quote request naming a discontinued or renamed product", () => {
  it("is refused beside the catalog number field, with the replacement to ask for instead", async () => {
    const [p, replacement] = await Promise.all([product(), product("Replacement for quotes")]);
    await setProductLifecycle(
      { catalogNumber: p.catalogNumber, status: "discontinued", discontinuedOn: "2026-03-01", replacement: replacement.catalogNumber },
      admin,
    );
    const result = await submitInquiry({
      kind: "QUOTE",
      formData: quoteForm({
        "items.1.catalogNumber": p.catalogNumber,
        "items.1.quantity": "5",
        "items.1.unit": "mg",
        "items.1.grade": "research",
      }),
      submitterIp: uniqueToken("ip-"),
    });
    expect(result).toMatchObject({
      status: "error",
      fieldErrors: {
        "items.1.catalogNumber": `${p.catalogNumber} was discontinued on 1 March 2026 and can no longer be quoted. Consider ${replacement.catalogNumber} (Replacement for quotes) instead. Or ask for it as a custom synthesis.`,
      },
    });
    // The product that is sold is not the one refused.
    expect(result.status === "error" ? Object.keys(result.fieldErrors) : []).toEqual(["items.1.catalogNumber"]);
  });

  it("names the new number for a former one rather than quietly swapping it", async () => {
    const p = await product();
    const to = number();
    await renameProduct({ catalogNumber: p.catalogNumber, newCatalogNumber: to }, admin);
    const result = await submitInquiry({
      kind: "QUOTE",
      formData: quoteForm({ "items.0.catalogNumber": p.catalogNumber }),
      submitterIp: uniqueToken("ip-"),
    });
    expect(result).toMatchObject({
      fieldErrors: { "items.0.catalogNumber": `${p.catalogNumber} is now ${to} (the same product, renumbered). Enter ${to}.` },
    });
    expect(TEST_PRODUCT.catalogNumber).not.toBe(p.catalogNumber);
  });
});

describe("the catalog import", () => {
  it("refuses a new product under a renamed product's former number", async () => {
    const p = await product();
    const to = number();
    await renameProduct({ catalogNumber: p.catalogNumber, newCatalogNumber: to }, admin);
    async function* records() {
      yield { line: 2, record: { catalog_number: p.catalogNumber, name: "Newcomer", smiles: "CCCCCCCCCCCCCCCCO", description: "d" } };
    }
    const report = await importCatalog(records(), { batchSize: 10 });
    expect(report.rejected).toEqual([
      {
        line: 2,
        catalogNumber: p.catalogNumber,
        reasons: [`${p.catalogNumber} is a former catalog number of ${to} and still leads there; choose another number`],
      },
    ]);
    expect(await getProduct({ catalogNumber: p.catalogNumber })).toBeNull();
  });
});
