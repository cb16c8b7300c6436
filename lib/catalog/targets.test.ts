import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cacheTags } from "@/lib/cache-tags";
import { targetSchema } from "@/lib/catalog/target-schema";
import { saveTarget } from "@/lib/catalog/targets";
import { db } from "@/lib/db";
import { parseForm } from "@/lib/core/form-data";
import { DomainError } from "@/lib/core/domain-error";
import { auditOf, createAdmin, createTestProduct, removeAdmin } from "@/tests/catalog-fixtures";
import { uniqueToken } from "@/tests/inquiry-fixtures";

const token = uniqueToken("t");
const slug = (name: string) => `${name}-${token}`;
const catalogNumber = `TT${token.slice(1, 9).toUpperCase()}`;
let admin: { id: string };

beforeAll(async () => {
  admin = await createAdmin();
});

afterAll(async () => {
  await db.product.deleteMany({ where: { catalogNumber } });
  await db.compound.deleteMany({ where: { slug: slug("compound") } });
  await db.mechanism.deleteMany({ where: { slug: slug("antagonist") } });
  await db.target.deleteMany({ where: { slug: { endsWith: token } } });
  await db.reference.deleteMany({ where: { key: slug("source") } });
  await removeAdmin(admin);
});

describe("targetSchema", () => {
  it("lower-cases the slug and refuses one with spaces, and a gene symbol that is not one", () => {
    expect(parseForm(targetSchema, { slug: "mGlu2", name: "mGlu2 receptor", family: "mGlu", geneSymbol: "" })).toMatchObject({
      ok: true,
      data: { slug: "mglu2", geneSymbol: undefined },
    });
    const bad = parseForm(targetSchema, { slug: "mglu 2", name: "", family: "mGlu", geneSymbol: "GRM2 GRM3" });
    expect(bad).toMatchObject({
      ok: false,
      fieldErrors: { slug: expect.any(String), name: expect.any(String), geneSymbol: expect.any(String) },
    });
  });
});

describe("saveTarget", () => {
  it("creates a target and records it", async () => {
    expect(
      await saveTarget(
        { slug: slug("mglu2"), name: `mGlu2 receptor ${token}`, family: "Metabotropic glutamate receptors", geneSymbol: "GRM2" },
        admin,
      ),
    ).toEqual({
      slug: slug("mglu2"),
      created: true,
      tags: [],
    });
    expect(await db.target.findUnique({ where: { slug: slug("mglu2") } })).toMatchObject({ geneSymbol: "GRM2" });
    expect((await auditOf(admin, "target.create"))[0]?.after).toMatchObject({ slug: slug("mglu2"), geneSymbol: "GRM2" });
  });

  it("refuses a taken slug, and a name another target has in any letter case", async () => {
    const taken = await saveTarget({ slug: slug("mglu2"), name: "Something else", family: "x" }, admin).catch((e: unknown) => e);
    expect(taken).toBeInstanceOf(DomainError);
    expect((taken as DomainError).code).toBe("conflict");
    expect((taken as DomainError).fieldErrors).toEqual({ slug: `The slug ${slug("mglu2")} is taken` });
    const named = await saveTarget({ slug: slug("other"), name: `MGLU2 RECEPTOR ${token}`.toUpperCase(), family: "x" }, admin).catch(
      (e: unknown) => e,
    );
    expect((named as DomainError).fieldErrors.name).toMatch(/already exists/);
    expect(await db.target.count({ where: { slug: slug("other") } })).toBe(0);
  });

  it("edits a target keeping its slug, refreshing the data sheets that show it and the catalog", async () => {
    const target = await db.target.findUniqueOrThrow({ where: { slug: slug("mglu2") } });
    const compound = await db.compound.create({ data: { slug: slug("compound"), name: "Test compound" } });
    const mechanism = await db.mechanism.create({ data: { slug: slug("antagonist"), name: "Antagonist" } });
    const reference = await db.reference.create({ data: { key: slug("source"), title: "A source", pmid: "1" } });
    await createTestProduct({
      catalogNumber,
      compoundId: compound.id,
      token,
      description: "For the target tests.",
      data: { activities: { create: { targetId: target.id, mechanismId: mechanism.id, referenceId: reference.id } } },
    });
    const result = await saveTarget(
      { id: target.id, slug: "ignored-on-edit", name: `mGlu2 receptor (human) ${token}`, family: "Metabotropic glutamate receptors" },
      admin,
    );
    expect(result).toEqual({ slug: slug("mglu2"), created: false, tags: [cacheTags.product(catalogNumber), cacheTags.catalog] });
    expect(await db.target.findUnique({ where: { id: target.id } })).toMatchObject({
      slug: slug("mglu2"),
      name: `mGlu2 receptor (human) ${token}`,
      geneSymbol: null,
    });
    expect((await auditOf(admin, "target.update"))[0]?.before).toMatchObject({ name: `mGlu2 receptor ${token}`, geneSymbol: "GRM2" });
  });
});
