import "server-only";
import { importCatalog } from "@/lib/catalog/import/import-catalog";
import type { ProductEditInput } from "@/lib/catalog/product-edit-schema";
import { db } from "@/lib/db";
import { recordAudit } from "@/lib/core/audit";
import { priceColumn } from "@/lib/catalog/import/pack-columns";
import { currencies, minorToDecimal, type Currency } from "@/lib/core/money";

/**
 * Save a product from the staff form through the import: the same field, structure, property and
 * duplicate checks as a file import, and the same write. Returns the reasons a record was refused.
 */
export async function saveProduct(
  input: ProductEditInput,
  actor: { id: string },
): Promise<{ ok: true; created: boolean } | { ok: false; reasons: string[] }> {
  const record = {
    catalog_number: input.catalogNumber,
    name: input.name,
    salt_form: input.saltForm,
    parent: input.parent,
    smiles: input.smiles,
    cas: input.cas ?? "",
    synonyms: (input.synonyms ?? "")
      .split(/\r?\n/)
      .map((s) => s.trim())
      .filter(Boolean)
      .join(";"),
    purity: input.purity ?? "",
    appearance: input.appearance ?? "",
    storage: input.storage ?? "",
    availability: input.availability ?? "",
    description: input.description,
    // Only with pack sizes on the form: an empty list would remove pack sizes an import added meanwhile.
    ...(input.packs.length ? packColumns(input.packs) : {}),
  };
  async function* one() {
    yield { line: 1, record };
  }
  const before = await db.product.findUnique({ where: { catalogNumber: input.catalogNumber }, select: auditedFields });
  const report = await importCatalog(one(), { client: db, batchSize: 1 });
  if (report.rejected.length) return { ok: false, reasons: report.rejected.flatMap((r) => r.reasons) };
  // After the import's own transaction: a failed audit write cannot undo the save, but it is not
  // swallowed either (the action fails loudly).
  if (report.inserted || report.updated) {
    const after = await db.product.findUnique({ where: { catalogNumber: input.catalogNumber }, select: auditedFields });
    await recordAudit(db, {
      actorId: actor.id,
      action: before ? "product.update" : "product.create",
      before: before ?? undefined,
      after: after ?? undefined,
    });
  }
  return { ok: true, created: report.inserted > 0 };
}

/** The form's pack sizes as the import's columns: prices in pack-size order, empty for "on request". */
function packColumns(packs: ProductEditInput["packs"]) {
  const list = (currency: Currency) => packs.map((pack) => (pack[currency] === null ? "" : minorToDecimal(pack[currency]))).join(";");
  return {
    pack_sizes: packs.map((pack) => pack.size).join(";"),
    ...Object.fromEntries(currencies.map((currency) => [priceColumn(currency), list(currency)])),
  };
}

const packSizes = {
  orderBy: { position: "asc" },
  select: { amount: true, unit: true, prices: { select: { currency: true, amountMinor: true }, orderBy: { currency: "asc" } } },
} as const;

const auditedFields = {
  catalogNumber: true,
  name: true,
  saltForm: true,
  smiles: true,
  casNumber: true,
  synonyms: true,
  purity: true,
  appearance: true,
  storage: true,
  availability: true,
  description: true,
  packSizes,
} as const;

/** What the edit form starts from. */
export async function getProductForEdit(catalogNumber: string) {
  const product = await db.product.findUnique({
    where: { catalogNumber: catalogNumber.toUpperCase() },
    select: {
      catalogNumber: true,
      name: true,
      saltForm: true,
      smiles: true,
      casNumber: true,
      synonyms: true,
      purity: true,
      appearance: true,
      storage: true,
      availability: true,
      description: true,
      formula: true,
      molecularWeight: true,
      inchiKey: true,
      updatedAt: true,
      packSizes,
      compound: { select: { slug: true, name: true } },
      activities: {
        orderBy: { position: "asc" },
        select: {
          id: true,
          measure: true,
          relation: true,
          value: true,
          unit: true,
          target: { select: { slug: true, name: true } },
          mechanism: { select: { name: true } },
          reference: { select: { key: true } },
        },
      },
    },
  });
  return product;
}
