import "server-only";
import { importCatalog } from "@/lib/catalog/import/import-catalog";
import type { ProductEditInput } from "@/lib/catalog/product-edit-schema";
import { db } from "@/lib/db";

/**
 * Save a product from the staff form through the import: the same field, structure, property and
 * duplicate checks as a file import, and the same write. Returns the reasons a record was refused.
 */
export async function saveProduct(input: ProductEditInput): Promise<{ ok: true; created: boolean } | { ok: false; reasons: string[] }> {
  const record = {
    catalog_number: input.catalogNumber,
    name: input.name,
    salt_form: input.saltForm,
    parent: input.parent,
    smiles: input.smiles,
    cas: input.cas ?? "",
    synonyms: (input.synonyms ?? "").split(/\r?\n/).map((s) => s.trim()).filter(Boolean).join(";"),
    purity: input.purity ?? "",
    appearance: input.appearance ?? "",
    storage: input.storage ?? "",
    solubility: input.solubility ?? "",
    availability: input.availability ?? "",
    description: input.description,
  };
  async function* one() {
    yield { line: 1, record };
  }
  const report = await importCatalog(one(), { client: db, batchSize: 1 });
  if (report.rejected.length) return { ok: false, reasons: report.rejected.flatMap((r) => r.reasons) };
  return { ok: true, created: report.inserted > 0 };
}

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
      solubility: true,
      availability: true,
      description: true,
      formula: true,
      molecularWeight: true,
      inchiKey: true,
      updatedAt: true,
      compound: { select: { slug: true, name: true } },
    },
  });
  return product;
}
