import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cacheTags } from "@/lib/cache-tags";
import { db } from "@/lib/db";
import { guideSchema, type GuideInput } from "@/lib/guides/guide-schema";
import { previewGuide } from "@/lib/guides/preview-guide";
import { saveGuide } from "@/lib/guides/save-guide";
import { parseForm } from "@/lib/core/form-data";
import { DomainError } from "@/lib/core/domain-error";
import { auditOf, createAdmin, removeAdmin } from "@/tests/catalog-fixtures";
import { uniqueToken } from "@/tests/inquiry-fixtures";

const token = uniqueToken("g");
const slug = `guide-${token}`;
const key = (name: string) => `${name}-${token}`;
const product = (n: number) => `TG${token.slice(1, 8).toUpperCase()}${n}`;
let admin: { id: string };

const guide = (fields: Partial<GuideInput> = {}): GuideInput => ({
  existing: false,
  slug,
  title: "Two antagonists compared",
  summary: "What the literature says.",
  kind: "COMPARISON",
  author: "Reagent Desk scientific support team",
  publishedAt: "2026-11-01",
  markRevised: false,
  body: `## Potency\n\nA is potent [@${key("b")}]. B is too [@${key("a")}; @${key("b")}].`,
  products: [
    { catalogNumber: product(1), role: "Subject" },
    { catalogNumber: product(2), role: "Comparator" },
  ],
  ...fields,
});

async function refusal(act: () => Promise<unknown>) {
  const error = await act().then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(DomainError);
  return error as DomainError;
}

beforeAll(async () => {
  admin = await createAdmin();
  const compound = await db.compound.create({ data: { slug: key("compound"), name: "Test compound" } });
  for (const n of [1, 2, 3]) {
    await db.product.create({
      data: {
        catalogNumber: product(n),
        name: `Test product ${n}`,
        compoundId: compound.id,
        saltForm: "free base",
        smiles: "C",
        inchi: "InChI=1S/CH4/h1H4",
        inchiKey: `TEST-${token}-${n}`,
        formula: "CH4",
        molecularWeight: 16.04,
        exactMass: 16.03,
        structureSvg: "<svg/>",
        description: "For the guide tests.",
      },
    });
  }
  await db.reference.createMany({
    data: [
      { key: key("a"), title: "Source A", authors: "Adams J, Brown K", year: 2017, pmid: "28000001" },
      { key: key("b"), title: "Source B", authors: "Baker L", year: 2019, doi: `10.5555/${token}` },
      { key: key("web"), title: "A database record", url: "https://example.org/record" },
    ],
  });
});

afterAll(async () => {
  await db.guide.deleteMany({ where: { slug: { startsWith: slug } } });
  await db.product.deleteMany({ where: { catalogNumber: { in: [1, 2, 3].map(product) } } });
  await db.compound.deleteMany({ where: { slug: key("compound") } });
  await db.reference.deleteMany({ where: { key: { endsWith: token } } });
  await removeAdmin(admin);
});

describe("guideSchema", () => {
  it("reads product rows from the form's numbered fields and flags a product listed twice on its second row", () => {
    const result = parseForm(guideSchema, {
      existing: "1",
      slug,
      title: "T",
      summary: "S",
      kind: "PROTOCOL",
      author: "A",
      publishedAt: "2026-11-01",
      markRevised: "on",
      body: "B",
      "products.0.catalogNumber": "b8105958",
      "products.0.role": "Subject",
      "products.1.catalogNumber": "B8105958",
      "products.1.role": "Again",
    });
    expect(result).toEqual({ ok: false, fieldErrors: { "products.1.catalogNumber": "B8105958 is listed twice" } });
  });

  it("refuses an unknown kind, a malformed date and an address with spaces", () => {
    const result = parseForm(guideSchema, {
      slug: "my guide",
      title: "T",
      summary: "S",
      kind: "ESSAY",
      author: "A",
      publishedAt: "1 Nov 2026",
      body: "B",
    });
    expect(result).toMatchObject({
      ok: false,
      fieldErrors: { slug: expect.any(String), kind: "Choose the kind of guide", publishedAt: expect.any(String) },
    });
  });
});

describe("saveGuide", () => {
  it("creates a guide, numbering its references by first citation and listing its products in order", async () => {
    const result = await saveGuide(guide(), admin);
    expect(result).toEqual({
      slug,
      created: true,
      tags: [cacheTags.guide(slug), cacheTags.guides, cacheTags.product(product(1)), cacheTags.product(product(2))],
    });
    const stored = await db.guide.findUniqueOrThrow({
      where: { slug },
      include: {
        references: { include: { reference: true }, orderBy: { position: "asc" } },
        products: { include: { product: true }, orderBy: { position: "asc" } },
      },
    });
    expect(stored.references.map((r) => [r.position, r.reference.key])).toEqual([
      [1, key("b")],
      [2, key("a")],
    ]);
    expect(stored.products.map((p) => [p.product.catalogNumber, p.role])).toEqual([
      [product(1), "Subject"],
      [product(2), "Comparator"],
    ]);
    expect(stored.revisedAt).toBeNull();
    expect((await auditOf(admin, "guide.create"))[0]?.after).toMatchObject({ slug, references: [key("b"), key("a")] });
  });

  it("refuses a second guide at the same address", async () => {
    expect((await refusal(() => saveGuide(guide(), admin))).fieldErrors).toEqual({
      slug: `A guide already lives at /guides/${slug}; choose another address.`,
    });
  });

  it("refuses unknown citations, sources without PMID or DOI and products not in the catalog, writing nothing", async () => {
    const error = await refusal(() =>
      saveGuide(
        guide({
          existing: true,
          title: "Changed",
          body: `See [@${key("a")}], [@nosuch-${token}] and [@${key("web")}].`,
          products: [
            { catalogNumber: product(1), role: "Subject" },
            { catalogNumber: "B0000000", role: "Missing" },
          ],
        }),
        admin,
      ),
    );
    expect(error.fieldErrors.body).toBe(
      `Fix the citations: [@nosuch-${token}] is not a known reference; ${key("web")} has neither a PubMed id nor a DOI.`,
    );
    expect(error.fieldErrors["products.1.catalogNumber"]).toBe("B0000000 is not in the catalog");
    expect(await db.guide.findUniqueOrThrow({ where: { slug } })).toMatchObject({ title: "Two antagonists compared" });
  });

  it("edits a guide, rebuilding its references and products, and refreshes the data sheets it left and joined", async () => {
    const now = new Date("2026-11-20T10:00:00Z");
    const result = await saveGuide(
      guide({
        existing: true,
        title: "Three compounds compared",
        markRevised: true,
        body: `Only [@${key("a")}].`,
        products: [{ catalogNumber: product(3), role: "Subject" }],
      }),
      admin,
      now,
    );
    expect(result.created).toBe(false);
    expect(result.tags.sort()).toEqual(
      [cacheTags.guide(slug), cacheTags.guides, ...[1, 2, 3].map((n) => cacheTags.product(product(n)))].sort(),
    );
    const stored = await db.guide.findUniqueOrThrow({
      where: { slug },
      include: { references: { include: { reference: true } }, products: { include: { product: true } } },
    });
    expect(stored).toMatchObject({ title: "Three compounds compared", revisedAt: now });
    expect(stored.references.map((r) => [r.position, r.reference.key])).toEqual([[1, key("a")]]);
    expect(stored.products.map((p) => p.product.catalogNumber)).toEqual([product(3)]);
    const [entry] = await auditOf(admin, "guide.update");
    expect(entry?.before).toMatchObject({ title: "Two antagonists compared", products: [product(1), product(2)] });
    expect(entry?.after).toMatchObject({ title: "Three compounds compared" });
  });
});

describe("previewGuide", () => {
  it("renders as the guide page does: sanitised, citations numbered, problems listed", async () => {
    const preview = await previewGuide(
      `## Background\n\nFirst [@${key("b")}], unknown [@nosuch-${token}].\n\n<script>alert(1)</script><img src=x onerror="alert(2)">`,
    );
    expect(preview.headings).toEqual(["Background"]);
    expect(preview.html).toContain('href="#ref-1"');
    expect(preview.html).toContain("[?]");
    expect(preview.html).not.toMatch(/<script|onerror/);
    expect(preview.references).toEqual([
      { number: 1, key: key("b"), citation: "Baker 2019" },
      { number: 2, key: `nosuch-${token}`, citation: null },
    ]);
    expect(preview.problems).toEqual([`[@nosuch-${token}] is not a known reference`]);
  });
});
