import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { findProducts, getProduct, normalizeCatalogNumber } from "@/lib/catalog/products";
import { seedCatalog } from "@/lib/catalog/seed-catalog";
import * as catalog from "@/prisma/seed-data/catalog";

beforeAll(async () => {
  await seedCatalog(db, catalog);
});

describe("getProduct", () => {
  it("finds a product by catalog number in any letter case, with everything its page shows", async () => {
    expect(normalizeCatalogNumber(" b8105958 ")).toBe("B8105958");
    const product = await getProduct({ catalogNumber: "b8105958" });
    expect(product?.catalogNumber).toBe("B8105958");
    expect(product?.activities.length).toBeGreaterThan(0);
    expect(product?.activities.every((a) => a.reference.title.length > 0)).toBe(true);
    expect(product?.packSizes.length).toBeGreaterThan(0);
    expect(product?.compound.products.map((p) => p.saltForm)).toContain("free acid");
  });

  it("returns null for an unknown catalog number", async () => {
    expect(await getProduct({ catalogNumber: "NOPE-1" })).toBeNull();
  });
});

describe("findProducts", () => {
  it("pages through the catalog by name, letter case ignored, then catalog number", async () => {
    const all = await findProducts({ filter: {}, pageSize: 1000 });
    expect(all.total).toBe(all.products.length);
    const keys = all.products.map((p) => [p.name.toLowerCase(), p.catalogNumber] as const);
    const byKey = (a: readonly [string, string], b: readonly [string, string]) =>
      a[0] !== b[0] ? (a[0] < b[0] ? -1 : 1) : a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0;
    expect(keys).toEqual([...keys].sort(byKey));
    const second = await findProducts({ filter: {}, page: 2, pageSize: 3 });
    expect(second.products.map((p) => p.catalogNumber)).toEqual(all.products.slice(3, 6).map((p) => p.catalogNumber));
    expect(second).toMatchObject({ total: all.total, pageCount: Math.ceil(all.total / 3) });
  });

  it("answers a filter value that does not exist with no products, its own facet still offering the others", async () => {
    const all = await findProducts({ filter: {} });
    const result = await findProducts({ filter: { target: "no-such-target" } });
    expect(result).toMatchObject({ total: 0, products: [] });
    expect(result.facets.target).toEqual(all.facets.target);
    expect(result.facets.mechanism).toEqual([]);
  });

  it("filters by target and counts each facet under the other filters", async () => {
    const all = await findProducts({ filter: {}, pageSize: 100 });
    const result = await findProducts({ filter: { target: "mglu3" }, pageSize: 100 });
    expect(result.total).toBeGreaterThan(0);
    expect(result.total).toBeLessThan(all.total);
    const names = result.products.map((p) => p.name);
    expect(names).toContain("LY3020371 hydrochloride");
    expect(names).not.toContain("Ketamine hydrochloride");
    for (const p of result.products) expect(p.activities.some((a) => a.target.name === "mGlu3 receptor")).toBe(true);
    // The target facet ignores the target filter itself, so other targets stay visible with counts.
    expect(result.facets.target).toEqual(all.facets.target);
    expect(result.facets.target.find((f) => f.slug === "mglu3")?.count).toBe(result.total);
    // Other facets count only products that have an mGlu3 activity.
    const mechanismTotal = result.facets.mechanism.reduce((sum, f) => Math.max(sum, f.count), 0);
    expect(mechanismTotal).toBeLessThanOrEqual(result.total);
  });

  it("applies the filters to an exact catalog-number search too", async () => {
    expect((await findProducts({ filter: { q: "B8106012" } })).products.map((p) => p.catalogNumber)).toEqual(["B8106012"]);
    const filtered = await findProducts({ filter: { q: "B8106012", target: "mglu3" } });
    expect(filtered).toMatchObject({ total: 0, products: [] });
  });

  it("pages through the catalog without overlap", async () => {
    const first = await findProducts({ filter: {}, page: 1, pageSize: 5 });
    const second = await findProducts({ filter: {}, page: 2, pageSize: 5 });
    expect(first.pageCount).toBe(Math.ceil(first.total / 5));
    expect(first.products).toHaveLength(5);
    const firstNumbers = new Set(first.products.map((p) => p.catalogNumber));
    expect(second.products.some((p) => firstNumbers.has(p.catalogNumber))).toBe(false);
  });

  it("matches a name, synonym, catalog number or CAS number, with LIKE wildcards taken literally", async () => {
    const byName = await findProducts({ filter: { q: "ketamine" } });
    expect(byName.products.map((p) => p.name)).toEqual(expect.arrayContaining(["Ketamine hydrochloride", "Esketamine hydrochloride"]));
    expect((await findProducts({ filter: { q: "1867-66-9" } })).products.map((p) => p.name)).toEqual(["Ketamine hydrochloride"]);
    expect((await findProducts({ filter: { q: "b81059" } })).total).toBeGreaterThan(0);
    expect((await findProducts({ filter: { q: "%" } })).total).toBe(0);
  });
});
