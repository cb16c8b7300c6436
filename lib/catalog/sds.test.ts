import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getProduct } from "@/lib/catalog/products";
import { checkSdsFile, getSdsFile, listSds, removeSds, saveSds } from "@/lib/catalog/sds";
import { MAX_SDS_BYTES, sdsUploadSchema } from "@/lib/catalog/sds-schema";
import { db } from "@/lib/db";
import { formValues, parseForm } from "@/lib/core/form-data";
import { auditOf, createAdmin, createTestProduct, removeAdmin } from "@/tests/catalog-fixtures";
import { uniqueToken } from "@/tests/inquiry-fixtures";

const token = uniqueToken("sds");
const catalogNumber = `TD${token
  .slice(-8)
  .toUpperCase()
  .replace(/[^A-Z0-9]/g, "0")}`;
let admin: { id: string };

const pdf = (body = "a safety data sheet") =>
  new File([`%PDF-1.7\n${body}\n%%EOF\n`], "Supplier SDS (EN).pdf", { type: "application/pdf" });

const upload = (file: File | null, fields: Record<string, string> = {}) => {
  const data = new FormData();
  data.set("catalogNumber", catalogNumber);
  data.set("language", "en");
  if (file) data.set("file", file);
  for (const [key, value] of Object.entries(fields)) data.set(key, value);
  return data;
};

beforeAll(async () => {
  admin = await createAdmin();
  const compound = await db.compound.create({ data: { slug: `compound-${token}`, name: "Test compound" } });
  await createTestProduct({ catalogNumber, compoundId: compound.id, token, description: "For the SDS tests." });
});

afterAll(async () => {
  await db.product.deleteMany({ where: { catalogNumber } });
  await removeAdmin(admin);
});

describe("the SDS upload form's schema (browser and server)", () => {
  it("takes a .pdf in a listed language and refuses another name, a missing file and an unknown language beside their fields", () => {
    expect(parseForm(sdsUploadSchema, formValues(upload(pdf())))).toMatchObject({ ok: true, data: { language: "en", catalogNumber } });
    const notes = parseForm(sdsUploadSchema, formValues(upload(new File(["hello"], "notes.txt"))));
    expect(notes).toEqual({ ok: false, fieldErrors: { file: "Upload the safety data sheet as a PDF file (.pdf)" } });
    const none = parseForm(sdsUploadSchema, formValues(upload(null, { language: "xx" })));
    expect(none).toMatchObject({
      ok: false,
      fieldErrors: { file: expect.stringContaining("Choose"), language: expect.stringContaining("language") },
    });
  });
});

describe("the SDS file check (server)", () => {
  it("takes a PDF by its content, with its size and SHA-256", async () => {
    const result = await checkSdsFile(upload(pdf()));
    expect(result).toMatchObject({ ok: true, file: { filename: "Supplier SDS (EN).pdf", size: 35 } });
    expect(result.ok && result.file.sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it("refuses a file named .pdf that is not one, an empty file, and one over the size limit", async () => {
    const fake = await checkSdsFile(upload(new File(["<html>not a pdf</html>"], "sds.pdf", { type: "application/pdf" })));
    expect(fake).toEqual({ ok: false, message: "sds.pdf is not a PDF file (its content does not start as a PDF does)" });
    expect(await checkSdsFile(upload(new File([], "empty.pdf")))).toEqual({
      ok: false,
      message: "Choose the safety data sheet (a PDF file)",
    });
    const big = new File([new Uint8Array(MAX_SDS_BYTES + 1).fill(0x25)], "big.pdf");
    expect(await checkSdsFile(upload(big))).toEqual({ ok: false, message: "big.pdf is over 10 MB" });
  });
});

describe("saving, replacing and removing an SDS", () => {
  it("stores one per language, replaces it on a new upload, lists it on the product, audits each step", async () => {
    const first = await checkSdsFile(upload(pdf("first")));
    if (!first.ok) throw new Error(first.message);
    expect(await saveSds({ catalogNumber, language: "en", file: first.file }, admin)).toMatchObject({
      language: "English",
      replaced: false,
      tags: [`product:${catalogNumber}`],
    });
    const second = await checkSdsFile(upload(pdf("second, revised")));
    if (!second.ok) throw new Error(second.message);
    expect(await saveSds({ catalogNumber, language: "en", file: second.file }, admin)).toMatchObject({ replaced: true });

    const stored = await getSdsFile({ catalogNumber, language: "en" });
    expect(Buffer.from(stored!.content).toString()).toContain("second, revised");
    expect(stored!.sha256).toBe(second.file.sha256);
    expect(await getSdsFile({ catalogNumber, language: "de" })).toBeNull();
    expect(await listSds(catalogNumber)).toEqual([expect.objectContaining({ language: "en", uploadedBy: { name: "Catalog Admin" } })]);
    // The product page's cached data names the sheet, without its bytes.
    expect((await getProduct({ catalogNumber }))!.sds).toEqual([expect.objectContaining({ language: "en", size: second.file.size })]);

    expect((await auditOf(admin, "sds.upload"))[0]?.after).toMatchObject({ catalogNumber, language: "en", sha256: first.file.sha256 });
    expect((await auditOf(admin, "sds.replace"))[0]).toMatchObject({
      before: { sha256: first.file.sha256 },
      after: { sha256: second.file.sha256 },
    });

    await removeSds({ catalogNumber, language: "en" }, admin);
    expect(await getSdsFile({ catalogNumber, language: "en" })).toBeNull();
    expect((await auditOf(admin, "sds.remove"))[0]?.before).toMatchObject({ language: "en", sha256: second.file.sha256 });
    await expect(removeSds({ catalogNumber, language: "en" }, admin)).rejects.toMatchObject({ code: "not-found" });
  });
});
