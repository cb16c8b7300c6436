// Lots from a CSV file, one row per lot (a product has many lots, so they are not columns of the product
// file). Each row is checked with the staff lot form's schema, its calculated m/z comes from the
// product's structure as in the form, and it is written by product and lot number: importing the same
// file again updates the lots in place.
import type { ParentSpecies } from "@/lib/catalog/chemistry";
import { computeParentSpecies } from "@/lib/catalog/chemistry";
import type { CsvRecord } from "@/lib/catalog/import/parse-csv";
import { lotSchema } from "@/lib/catalog/lot-schema";
import { lotRow } from "@/lib/catalog/lots";
import { MS_ADDUCTS, msAdducts } from "@/lib/catalog/mass-spec";
import { DomainError } from "@/lib/core/domain-error";
import type { PrismaClient } from "@/lib/generated/prisma/client";

/** CSV column → lot form field. */
export const LOT_COLUMNS = {
  catalog_number: "catalogNumber",
  lot_number: "lotNumber",
  manufactured_on: "manufacturedOn",
  retest_or_expiry_date: "useBy",
  date_kind: "dateKind",
  quantity_available: "quantityAvailable",
  quantity_unit: "quantityUnit",
  appearance: "appearance",
  water_percent: "waterPercent",
  water_method: "waterMethod",
  hplc_purity: "hplcPurity",
  hplc_wavelength_nm: "hplcWavelengthNm",
  nmr_consistent: "nmrConsistent",
  nmr_conclusion: "nmrConclusion",
  ms_adduct: "msAdduct",
  ms_mz_found: "msMzFound",
  demo: "demo",
} as const;

// A spreadsheet says "[M+H]+" and "retest", not M_PLUS_H and RETEST.
const adductByLabel = new Map<string, string>(MS_ADDUCTS.map((a) => [msAdducts[a].label.toUpperCase(), a]));
const yes = (v: string) => ["yes", "y", "true", "1"].includes(v.trim().toLowerCase());

function formOf(record: Record<string, string>) {
  const form: Record<string, string> = {};
  for (const [column, field] of Object.entries(LOT_COLUMNS)) form[field] = (record[column] ?? "").trim();
  form.dateKind = form.dateKind!.toUpperCase() || "RETEST";
  form.msAdduct = adductByLabel.get(form.msAdduct!.toUpperCase()) ?? form.msAdduct!;
  if (form.nmrConsistent) form.nmrConsistent = yes(form.nmrConsistent) ? "yes" : "no";
  form.demo = yes(form.demo!) ? "on" : "";
  return form;
}

export type LotImportReport = { inserted: number; updated: number; rejected: { line: number; reasons: string[] }[] };

export async function importLots(
  records: AsyncIterable<CsvRecord>,
  { client, parentSpecies = computeParentSpecies }: { client: PrismaClient; parentSpecies?: (smiles: string) => Promise<ParentSpecies> },
): Promise<LotImportReport> {
  const report: LotImportReport = { inserted: 0, updated: 0, rejected: [] };
  const products = new Map<string, { id: number; parent: ParentSpecies } | null>();
  for await (const { line, record, problems } of records) {
    if (problems?.length) {
      report.rejected.push({ line, reasons: problems });
      continue;
    }
    const parsed = lotSchema.safeParse(formOf(record));
    if (!parsed.success) {
      const column = (field: string) => Object.entries(LOT_COLUMNS).find(([, f]) => f === field)?.[0] ?? field;
      report.rejected.push({ line, reasons: parsed.error.issues.map((i) => `${column(String(i.path[0]))}: ${i.message}`) });
      continue;
    }
    const input = parsed.data;
    if (!products.has(input.catalogNumber)) {
      const row = await client.product.findUnique({ where: { catalogNumber: input.catalogNumber }, select: { id: true, smiles: true } });
      products.set(input.catalogNumber, row && { id: row.id, parent: await parentSpecies(row.smiles) });
    }
    const product = products.get(input.catalogNumber);
    if (!product) {
      report.rejected.push({ line, reasons: [`catalog_number: there is no product ${input.catalogNumber}`] });
      continue;
    }
    let data;
    try {
      data = lotRow(input, product.parent);
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      report.rejected.push({ line, reasons: Object.values(error.fieldErrors).map((m) => `ms_mz_found: ${m}`) });
      continue;
    }
    const where = { productId_lotNumber: { productId: product.id, lotNumber: input.lotNumber } };
    const existed = (await client.lot.count({ where: { productId: product.id, lotNumber: input.lotNumber } })) > 0;
    await client.lot.upsert({ where, create: { ...data, productId: product.id }, update: data });
    if (existed) report.updated++;
    else report.inserted++;
  }
  return report;
}
