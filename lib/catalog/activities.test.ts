import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cacheTags } from "@/lib/cache-tags";
import { addActivity, removeActivity } from "@/lib/catalog/activities";
import { activitySchema, type ActivityInput } from "@/lib/catalog/activity-schema";
import { db } from "@/lib/db";
import { parseForm } from "@/lib/core/form-data";
import { DomainError } from "@/lib/core/domain-error";
import { auditOf, createAdmin, createTestProduct, removeAdmin } from "@/tests/catalog-fixtures";
import { uniqueToken } from "@/tests/inquiry-fixtures";

const token = uniqueToken("a");
const slug = (name: string) => `${name}-${token}`;
const catalogNumber = `TA${token.slice(1, 9).toUpperCase()}`;
let admin: { id: string };

const activity = (fields: Partial<ActivityInput> = {}): ActivityInput => ({
  catalogNumber,
  target: slug("mglu2"),
  mechanism: slug("antagonist"),
  reference: `10.5555/${token}`,
  ...fields,
});

beforeAll(async () => {
  admin = await createAdmin();
  const compound = await db.compound.create({ data: { slug: slug("compound"), name: "Test compound" } });
  await db.target.create({ data: { slug: slug("mglu2"), name: `mGlu2 ${token}`, family: "mGlu" } });
  await db.mechanism.create({ data: { slug: slug("antagonist"), name: "Antagonist" } });
  await db.reference.create({ data: { key: slug("source"), title: "A source", doi: `10.5555/${token}` } });
  await createTestProduct({ catalogNumber, compoundId: compound.id, token, description: "For the activity tests." });
});

afterAll(async () => {
  await db.product.deleteMany({ where: { catalogNumber } });
  await db.compound.deleteMany({ where: { slug: slug("compound") } });
  await db.target.deleteMany({ where: { slug: slug("mglu2") } });
  await db.mechanism.deleteMany({ where: { slug: slug("antagonist") } });
  await db.reference.deleteMany({ where: { key: slug("source") } });
  await removeAdmin(admin);
});

describe("activitySchema", () => {
  const parse = (values: Record<string, string>) =>
    parseForm(activitySchema, { catalogNumber, target: "mglu2", mechanism: "antagonist", reference: "witkin2017jpet", ...values });

  it("takes a mechanism alone, or a measure, value and unit together", () => {
    expect(parse({}).ok).toBe(true);
    expect(parse({ measure: "Ki", relation: ">", value: "100", unit: "µM" })).toMatchObject({
      ok: true,
      data: { measure: "Ki", relation: ">", value: 100, unit: "µM" },
    });
  });

  it("puts each missing part of a potency next to its field", () => {
    expect(parse({ measure: "Ki" })).toEqual({
      ok: false,
      fieldErrors: { value: "Enter the value for this measure, or clear the measure" },
    });
    expect(parse({ value: "16" })).toEqual({ ok: false, fieldErrors: { measure: "Say what the value measures", unit: "Choose nM or µM" } });
    expect(parse({ measure: "pKi", value: "-3", unit: "mM", reference: "" })).toMatchObject({
      ok: false,
      fieldErrors: {
        measure: expect.any(String),
        value: "Enter a value above zero",
        unit: "Choose nM or µM",
        reference: expect.stringMatching(/cites its source/),
      },
    });
  });
});

describe("addActivity and removeActivity", () => {
  it("records an activity citing a source named by its DOI, after the existing ones", async () => {
    expect(await addActivity(activity({ measure: "Ki", value: 16, unit: "nM", species: "human" }), admin)).toEqual({
      target: `mGlu2 ${token}`,
      tags: [cacheTags.product(catalogNumber), cacheTags.catalog],
    });
    await addActivity(activity({ reference: slug("source") }), admin);
    const rows = await db.activity.findMany({
      where: { product: { catalogNumber } },
      orderBy: { position: "asc" },
      include: { reference: true },
    });
    expect(rows.map((r) => [r.position, r.measure, r.value, r.unit, r.species, r.reference.key])).toEqual([
      [0, "Ki", 16, "nM", "human", slug("source")],
      [1, null, null, null, null, slug("source")],
    ]);
    expect((await auditOf(admin, "activity.add"))[0]?.after).toMatchObject({ catalogNumber, target: `mGlu2 ${token}`, value: 16 });
  });

  it("refuses an unknown target, mechanism or source, each next to its field, adding nothing", async () => {
    const error = await addActivity(activity({ target: "nosuch", mechanism: "nosuch", reference: "nosuch" }), admin).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(DomainError);
    expect(Object.keys((error as DomainError).fieldErrors).sort()).toEqual(["mechanism", "reference", "target"]);
    expect(await db.activity.count({ where: { product: { catalogNumber } } })).toBe(2);
  });

  it("removes an activity of this product only", async () => {
    const [first] = await db.activity.findMany({ where: { product: { catalogNumber } }, orderBy: { position: "asc" } });
    await expect(removeActivity({ catalogNumber: "B0000000", activityId: first!.id }, admin)).rejects.toBeInstanceOf(DomainError);
    expect(await removeActivity({ catalogNumber, activityId: first!.id }, admin)).toMatchObject({ target: `mGlu2 ${token}` });
    expect(await db.activity.count({ where: { product: { catalogNumber } } })).toBe(1);
    expect((await auditOf(admin, "activity.remove"))[0]?.before).toMatchObject({ catalogNumber, measure: "Ki", value: 16 });
  });
});
