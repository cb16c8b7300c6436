import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cacheTags } from "@/lib/cache-tags";
import { controlSchema, type ControlInput } from "@/lib/catalog/control-schema";
import { findControlledProducts, listControls, removeControl, saveControl } from "@/lib/catalog/controls";
import { withControls } from "@/lib/catalog/structure-search";
import { parseForm } from "@/lib/core/form-data";
import { DomainError } from "@/lib/core/domain-error";
import { db } from "@/lib/db";
import { auditOf, createAdmin, createTestProduct, removeAdmin } from "@/tests/catalog-fixtures";
import { uniqueToken } from "@/tests/inquiry-fixtures";

const token = uniqueToken("c");
const catalogNumber = `TC${token.slice(1, 9).toUpperCase()}`;
const referenceKey = `control-source-${token}`;
const citation = `Misuse of Drugs Act 1971, Schedule 2 Part II (${token})`;
let admin: { id: string };

const input = (fields: Partial<ControlInput> = {}): ControlInput => ({
  catalogNumber,
  jurisdiction: "UK-MDA",
  schedule: "Class B",
  source: referenceKey,
  ...fields,
});

beforeAll(async () => {
  admin = await createAdmin();
  const compound = await db.compound.create({ data: { slug: `compound-${token}`, name: "Test compound" } });
  await db.reference.create({ data: { key: referenceKey, title: "21 CFR 1308.13(c)", url: "https://www.ecfr.gov/" } });
  await createTestProduct({ catalogNumber, compoundId: compound.id, token, description: "For the control tests." });
});

afterAll(async () => {
  await db.product.deleteMany({ where: { catalogNumber } });
  await db.compound.deleteMany({ where: { slug: `compound-${token}` } });
  await db.reference.deleteMany({ where: { OR: [{ key: referenceKey }, { title: citation }] } });
  await removeAdmin(admin);
});

describe("controlSchema", () => {
  const parse = (values: Record<string, string>) => parseForm(controlSchema, { catalogNumber, schedule: "Class B", ...values });

  it("takes a jurisdiction code in any case, with an existing source or a new citation and its address", () => {
    expect(parse({ jurisdiction: "uk-mda", source: referenceKey })).toMatchObject({ ok: true, data: { jurisdiction: "UK-MDA" } });
    expect(
      parse({ jurisdiction: "DE-BTMG", citation: "Betäubungsmittelgesetz, Anlage II", url: "https://www.gesetze-im-internet.de/" }),
    ).toMatchObject({ ok: true });
  });

  it("puts a missing source, a bad jurisdiction and an address without a citation next to their fields", () => {
    expect(parse({ jurisdiction: "United Kingdom" })).toMatchObject({
      ok: false,
      fieldErrors: { jurisdiction: expect.stringMatching(/US-DEA or UK-MDA/), source: expect.stringMatching(/names its source/) },
    });
    expect(parse({ jurisdiction: "US-DEA", url: "https://www.ecfr.gov/" })).toMatchObject({
      ok: false,
      fieldErrors: { url: expect.stringMatching(/citation/) },
    });
    expect(parse({ jurisdiction: "US-DEA", citation: "21 CFR 1308.13", url: "javascript:alert(1)" })).toMatchObject({
      ok: false,
      fieldErrors: { url: expect.stringMatching(/https/) },
    });
  });
});

describe("saving controlled status", () => {
  it("adds, replaces and removes a status, audited, and returns the product's and listings' tags", async () => {
    const added = await saveControl(input(), admin);
    expect(added).toEqual({ jurisdiction: "UK-MDA", replaced: false, tags: [cacheTags.product(catalogNumber), cacheTags.catalog] });
    expect((await findControlledProducts({ catalogNumbers: [catalogNumber] }))[0]?.controls).toEqual([
      { jurisdiction: "UK-MDA", schedule: "Class B" },
    ]);
    // The structure-search hits carry it too (the badge).
    const [hit] = await withControls([{ catalogNumber, name: "x", formula: "C", molecularWeight: 1 }]);
    expect(hit!.controls).toEqual([{ jurisdiction: "UK-MDA", schedule: "Class B" }]);

    // Same jurisdiction again: replaced, citing a new source typed as a citation.
    const replaced = await saveControl(
      input({ schedule: "Class A", source: undefined, citation, url: "https://www.legislation.gov.uk/ukpga/1971/38/schedule/2" }),
      admin,
    );
    expect(replaced.replaced).toBe(true);
    const [row] = await listControls(catalogNumber);
    expect(row).toMatchObject({
      schedule: "Class A",
      reference: { title: citation, url: "https://www.legislation.gov.uk/ukpga/1971/38/schedule/2" },
    });
    expect(row!.reference.key).toMatch(/^control-uk-mda-misuse-of-drugs-act-1971/);
    const [update] = await auditOf(admin, "control.update");
    expect(update).toMatchObject({
      before: { catalogNumber, jurisdiction: "UK-MDA", schedule: "Class B", source: referenceKey },
      after: { catalogNumber, jurisdiction: "UK-MDA", schedule: "Class A", source: row!.reference.key },
    });

    await removeControl({ catalogNumber, controlId: row!.id }, admin);
    expect(await listControls(catalogNumber)).toEqual([]);
    expect(await auditOf(admin, "control.remove")).toHaveLength(1);
    await expect(removeControl({ catalogNumber, controlId: row!.id }, admin)).rejects.toBeInstanceOf(DomainError);
  });

  it("refuses a source no reference has, beside the source field", async () => {
    await expect(saveControl(input({ source: "no-such-reference" }), admin)).rejects.toMatchObject({
      fieldErrors: { source: expect.stringMatching(/No reference/) },
    });
  });
});
