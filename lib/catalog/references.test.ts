import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cacheTags } from "@/lib/cache-tags";
import { referenceSchema, type ReferenceInput } from "@/lib/catalog/reference-schema";
import { linkProductReference, saveReference, unlinkProductReference } from "@/lib/catalog/references";
import { db } from "@/lib/db";
import { parseForm } from "@/lib/core/form-data";
import { DomainError } from "@/lib/core/domain-error";
import { auditOf, createAdmin, createTestProduct, removeAdmin } from "@/tests/catalog-fixtures";
import { uniqueToken } from "@/tests/inquiry-fixtures";

const token = uniqueToken("r");
const key = (name: string) => `${name}-${token}`;
const doi = (suffix: string) => `10.5555/${token}.${suffix}`;
const catalogNumber = `TR${token.slice(1, 9).toUpperCase()}`;
let admin: { id: string };
let productId: number;

const reference = (fields: Partial<ReferenceInput>): ReferenceInput => ({ key: key("ref"), title: "A study", ...fields });

/** The refusal `act` throws: its message and field errors. */
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
  const compound = await db.compound.create({ data: { slug: `compound-${token}`, name: "Test compound" } });
  // The link tests need a product row, not its chemistry (the import's checks are tested with the import).
  const product = await createTestProduct({ catalogNumber, compoundId: compound.id, token, description: "For the reference tests." });
  productId = product.id;
});

afterAll(async () => {
  await db.product.deleteMany({ where: { catalogNumber } });
  await db.compound.deleteMany({ where: { slug: `compound-${token}` } });
  await db.reference.deleteMany({ where: { key: { endsWith: token } } });
  await removeAdmin(admin);
});

describe("referenceSchema", () => {
  const parse = (values: Record<string, string>) => parseForm(referenceSchema, { key: "witkin2017jpet", title: "A study", ...values });

  it("accepts a DOI as a doi.org link or with doi:, and a PMID with its label, storing the bare identifiers", () => {
    expect(parse({ doi: "https://doi.org/10.1124/JPET.116.239947", pmid: "PMID: 28130267" })).toMatchObject({
      ok: true,
      data: { doi: "10.1124/JPET.116.239947", pmid: "28130267" },
    });
    expect(parse({ doi: "doi:10.1016/S0006-3223(99)00230-9" })).toMatchObject({ ok: true, data: { doi: "10.1016/S0006-3223(99)00230-9" } });
  });

  it("refuses malformed identifiers and years, each next to its field", () => {
    const result = parse({ doi: "10.11/x", pmid: "28a130267", year: "1700", url: "javascript:alert(1)" });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.fieldErrors.doi).toMatch(/Enter a DOI like/);
    expect(result.fieldErrors.pmid).toMatch(/digits only/);
    expect(result.fieldErrors.year).toMatch(/between 1800 and \d{4}/);
    expect(result.fieldErrors.url).toMatch(/https:\/\//);
    expect(parse({ year: String(new Date().getUTCFullYear() + 2), doi: "10.1124/x" })).toMatchObject({
      ok: false,
      fieldErrors: { year: expect.any(String) },
    });
    expect(parse({ year: String(new Date().getUTCFullYear()), doi: "10.1124/x" }).ok).toBe(true);
  });

  it("wants a DOI, a PMID or a web address", () => {
    expect(parse({})).toMatchObject({ ok: false, fieldErrors: { doi: expect.stringMatching(/DOI or a PubMed id/) } });
    expect(parse({ url: "https://gsrs.ncats.nih.gov/ginas/app/beta/substances/x" }).ok).toBe(true);
  });

  it("refuses keys that a guide citation could not name", () => {
    expect(parse({ key: "witkin 2017", doi: "10.1124/x" })).toMatchObject({ ok: false, fieldErrors: { key: expect.any(String) } });
  });
});

describe("saveReference", () => {
  it("creates a reference and records who did it", async () => {
    const result = await saveReference(reference({ key: key("first"), doi: doi("first"), pmid: "990000001", year: 2017 }), admin);
    expect(result).toEqual({ key: key("first"), created: true, tags: [] });
    expect(await db.reference.findUnique({ where: { key: key("first") } })).toMatchObject({
      doi: doi("first"),
      pmid: "990000001",
      year: 2017,
    });
    const [entry] = await auditOf(admin, "reference.create");
    expect(entry?.after).toMatchObject({ key: key("first"), doi: doi("first") });
  });

  it("refuses a DOI already recorded, in any letter case, naming the reference that has it", async () => {
    const error = await refusal(() => saveReference(reference({ key: key("again"), doi: doi("first").toUpperCase() }), admin));
    expect(error.fieldErrors.doi).toBe(`This DOI is already recorded as ${key("first")}; link that reference instead.`);
    expect(await db.reference.findUnique({ where: { key: key("again") } })).toBeNull();
  });

  it("refuses a PMID or a key already recorded", async () => {
    const byPmid = await refusal(() => saveReference(reference({ key: key("pmid"), pmid: "990000001" }), admin));
    expect(byPmid.fieldErrors).toEqual({ pmid: `This PubMed id is already recorded as ${key("first")}; link that reference instead.` });
    const byKey = await refusal(() => saveReference(reference({ key: key("first"), doi: doi("other") }), admin));
    expect(byKey.fieldErrors.key).toMatch(/is taken/);
  });

  it("edits a reference keeping its key and its own DOI, and names the pages to refresh", async () => {
    const { id } = await db.reference.findUniqueOrThrow({ where: { key: key("first") } });
    await db.productReference.create({ data: { productId, referenceId: id, position: 1 } });
    const result = await saveReference(
      reference({ id, key: "ignored-on-edit", title: "A corrected title", doi: doi("first"), pmid: "990000001" }),
      admin,
    );
    expect(result).toEqual({ key: key("first"), created: false, tags: [cacheTags.product(catalogNumber)] });
    expect(await db.reference.findUnique({ where: { id } })).toMatchObject({ key: key("first"), title: "A corrected title" });
    const [entry] = await auditOf(admin, "reference.update");
    expect(entry?.before).toMatchObject({ title: "A study" });
    await db.productReference.deleteMany({ where: { productId } });
  });

  it("lets only one of two simultaneous saves of the same DOI through", async () => {
    const results = await Promise.allSettled([
      saveReference(reference({ key: key("race-a"), doi: doi("race") }), admin),
      saveReference(reference({ key: key("race-b"), doi: doi("race") }), admin),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual(["fulfilled", "rejected"]);
    expect(await db.reference.count({ where: { doi: doi("race") } })).toBe(1);
  });
});

describe("linking references to a product", () => {
  beforeAll(async () => {
    await saveReference(reference({ key: key("second"), pmid: "990000002" }), admin);
    await saveReference(reference({ key: key("third"), doi: doi("third") }), admin);
  });

  it("links by key, PMID or DOI link, in order, with what each supports", async () => {
    expect(await linkProductReference({ catalogNumber, reference: key("first"), supports: "structure" }, admin)).toEqual({
      key: key("first"),
      tags: [cacheTags.product(catalogNumber)],
    });
    await linkProductReference({ catalogNumber, reference: "PMID 990000002" }, admin);
    await linkProductReference({ catalogNumber, reference: `https://doi.org/${doi("third").toUpperCase()}` }, admin);
    const links = await db.productReference.findMany({ where: { productId }, orderBy: { position: "asc" }, include: { reference: true } });
    expect(links.map((l) => [l.reference.key, l.position, l.supports])).toEqual([
      [key("first"), 1, "structure"],
      [key("second"), 2, null],
      [key("third"), 3, null],
    ]);
    expect(await auditOf(admin, "product-reference.link")).toHaveLength(3);
  });

  it("refuses a second link to the same reference and an unknown reference, next to the field", async () => {
    expect((await refusal(() => linkProductReference({ catalogNumber, reference: key("first") }, admin))).fieldErrors.reference).toMatch(
      /already linked/,
    );
    expect(
      (await refusal(() => linkProductReference({ catalogNumber, reference: "10.5555/no-such-doi" }, admin))).fieldErrors.reference,
    ).toMatch(/No reference has this/);
    expect(await db.productReference.count({ where: { productId } })).toBe(3);
  });

  it("unlinks a reference, and refuses to unlink one twice", async () => {
    const { id } = await db.reference.findUniqueOrThrow({ where: { key: key("second") } });
    expect(await unlinkProductReference({ catalogNumber, referenceId: id }, admin)).toEqual({
      key: key("second"),
      tags: [cacheTags.product(catalogNumber)],
    });
    expect(await db.productReference.count({ where: { productId } })).toBe(2);
    await refusal(() => unlinkProductReference({ catalogNumber, referenceId: id }, admin));
    const [entry] = await auditOf(admin, "product-reference.unlink");
    expect(entry?.before).toMatchObject({ catalogNumber, reference: key("second") });
  });
});
