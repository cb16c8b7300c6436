import { beforeAll, describe, expect, it } from "vitest";
import { drawStructure } from "@/lib/catalog/chemistry";
import { renderDatasheetPdf } from "@/lib/catalog/datasheet-pdf";
import { getProduct } from "@/lib/catalog/products";
import { seedCatalog } from "@/lib/catalog/seed-catalog";
import { db } from "@/lib/db";
import * as catalog from "@/prisma/seed-data/catalog";
import { pdfText } from "@/tests/pdf-text";

beforeAll(async () => {
  await seedCatalog(db, catalog);
});

const date = new Date("2026-12-06T12:00:00Z");

describe("the datasheet PDF", () => {
  it("prints identifiers, the structure, properties, activities with their sources, solubility, storage and the RUO statement", async () => {
    const product = (await getProduct({ catalogNumber: "B8105958" }))!;
    const structureSvg = product.structureSvg || (await drawStructure(product.smiles))!;
    const bytes = await renderDatasheetPdf({ product, structureSvg, date });
    expect(bytes.subarray(0, 5).toString()).toBe("%PDF-");
    // The same data and date give the same bytes.
    expect((await renderDatasheetPdf({ product, structureSvg, date })).equals(bytes)).toBe(true);

    const text = (await pdfText(bytes)).normalize("NFKC").replace(/\s+/g, " ");
    expect(text).toContain("PRODUCT DATASHEET");
    expect(text).toContain("Cat. No. B8105958");
    expect(text).toContain("LY3020371 hydrochloride");
    expect(text).toContain("C15H16ClF2NO5S");
    expect(text).toContain("395.81 g/mol");
    expect(text).toContain("XETSGLSGWGGOTN-JPWNOPPSSA-N");
    // A long SMILES wraps onto a second line.
    expect(text.replace(/ /g, "")).toContain(product.smiles);
    expect(text).toContain(product.storage!);
    // Every activity's target, each citing the numbered reference listed below the table.
    for (const activity of product.activities) expect(text).toContain(activity.target.name);
    expect(product.activities.length).toBeGreaterThan(0);
    expect(text).toContain("References");
    expect(text).toMatch(/\[1\] \S/);
    expect(text).toContain("Solubility");
    expect(text).toContain("For research use only. Not for human or veterinary use");
  });

  it("draws the structure as vector paths: the PDF holds the RDKit drawing's strokes, not text", async () => {
    const product = (await getProduct({ catalogNumber: "B8105958" }))!;
    const structureSvg = (await drawStructure(product.smiles))!;
    const withDrawing = await renderDatasheetPdf({ product, structureSvg, date });
    const without = await renderDatasheetPdf({ product, structureSvg: "", date });
    // pdfkit compresses page content; the drawing's ~70 paths make the file clearly larger.
    expect(withDrawing.length - without.length).toBeGreaterThan(1500);
    expect((await pdfText(without)).includes("Structure")).toBe(false);
  });

  it("says plainly when there is no activity or solubility data", async () => {
    const product = (await getProduct({ catalogNumber: "B8105958" }))!;
    const bare = { ...product, activities: [], solubilities: [], references: [], casReference: null, storage: null };
    const text = (await pdfText(await renderDatasheetPdf({ product: bare, structureSvg: "", date }))).replace(/\s+/g, " ");
    expect(text).toContain("No activity data recorded for this product.");
    expect(text).toContain("No solubility data yet.");
    expect(text).not.toContain("References");
  });
});
