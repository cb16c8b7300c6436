import "server-only";
import { isUniqueViolation } from "@/lib/core/db-errors";
import { cacheTags } from "@/lib/cache-tags";
import type { ParentSpecies } from "@/lib/catalog/chemistry";
import type { LotInput } from "@/lib/catalog/lot-schema";
import { calculatedMz, formatMz, massErrorPpm, msAdducts } from "@/lib/catalog/mass-spec";
import { rdkitPool } from "@/lib/catalog/rdkit-pool";
import { db } from "@/lib/db";
import { recordAudit } from "@/lib/core/audit";
import { DomainError } from "@/lib/core/domain-error";
import { Prisma } from "@/lib/generated/prisma/client";

/** What the product page, the CoA and the staff list read of a lot. */
export const lotSelect = {
  id: true,
  lotNumber: true,
  manufacturedOn: true,
  useBy: true,
  dateKind: true,
  quantityAvailable: true,
  quantityUnit: true,
  appearance: true,
  waterPercent: true,
  waterMethod: true,
  hplcPurity: true,
  hplcWavelengthNm: true,
  nmrConsistent: true,
  nmrConclusion: true,
  msAdduct: true,
  msMzFound: true,
  parentFormula: true,
  parentExactMass: true,
  demo: true,
  updatedAt: true,
} satisfies Prisma.LotSelect;
export type LotView = Prisma.LotGetPayload<{ select: typeof lotSelect }>;

const utcDay = (date: Date) => date.toISOString().slice(0, 10);

/** A lot may be sold until the end of its retest or expiry day (UTC). */
export function isLotInDate(lot: Pick<LotView, "useBy">, now: Date) {
  return utcDay(lot.useBy) >= utcDay(now);
}

/**
 * The lot the product page shows: the most recently manufactured lot still within its retest or
 * expiry date (a lot made the same day as another: the one entered last). Null when every lot is
 * past its date, or there is none.
 */
export function currentLot<T extends Pick<LotView, "id" | "manufacturedOn" | "useBy">>(lots: T[], now: Date): T | null {
  let best: T | null = null;
  for (const lot of lots) {
    if (!isLotInDate(lot, now)) continue;
    const newer = !best || lot.manufacturedOn > best.manufacturedOn || (+lot.manufacturedOn === +best.manufacturedOn && lot.id > best.id);
    if (newer) best = lot;
  }
  return best;
}

/** Where a lot's certificate is served (app/(site)/products/[catalogNumber]/lots/[lot]/coa.pdf). */
export const coaPath = (catalogNumber: string, lotNumber: string) =>
  `/products/${encodeURIComponent(catalogNumber)}/lots/${encodeURIComponent(lotNumber)}/coa.pdf`;

export const dateKindLabel = { RETEST: "Retest date", EXPIRY: "Expiry date" } as const;

/** The LC-MS result as it is printed: the ion, m/z found and calculated, and the error in ppm. */
export function lcmsResult(lot: Pick<LotView, "msAdduct" | "msMzFound" | "parentExactMass" | "parentFormula">) {
  if (!lot.msAdduct || lot.msMzFound === null) return null;
  const calculated = calculatedMz(lot.parentExactMass, lot.msAdduct);
  const adduct = msAdducts[lot.msAdduct];
  return {
    adduct: adduct.label,
    polarity: adduct.polarity,
    found: lot.msMzFound,
    calculated,
    ppm: massErrorPpm(lot.msMzFound, calculated),
  };
}

/** Each result beside the method that produced it, as the product page and the CoA print them. */
export function lotResultRows(lot: Omit<LotView, "id" | "updatedAt">): { test: string; method: string; result: string }[] {
  const rows = [{ test: "Appearance", method: "Visual", result: lot.appearance }];
  if (lot.hplcPurity !== null) {
    rows.push({ test: "Purity", method: `HPLC, area % at ${lot.hplcWavelengthNm} nm`, result: `${lot.hplcPurity.toFixed(1)} %` });
  }
  if (lot.nmrConsistent !== null) {
    const verdict = lot.nmrConsistent ? "Consistent with structure" : "Not consistent with structure";
    rows.push({ test: "Identity", method: "¹H NMR", result: [verdict, lot.nmrConclusion].filter(Boolean).join("\n") });
  }
  const ms = lcmsResult(lot);
  if (ms) {
    const ppm = `${ms.ppm >= 0 ? "+" : "−"}${Math.abs(ms.ppm).toFixed(1)} ppm`;
    rows.push({
      test: "Identity",
      method: `LC-MS (ESI${ms.polarity === "positive" ? "+" : "−"}), ${ms.adduct}`,
      result: `m/z found ${formatMz(ms.found)}\nm/z calculated ${formatMz(ms.calculated)} (${ppm})`,
    });
  }
  if (lot.waterPercent !== null)
    rows.push({ test: "Water content", method: lot.waterMethod ?? "—", result: `${lot.waterPercent.toFixed(2)} % w/w` });
  return rows;
}

/** A staff product page's lots, newest first. */
export async function listLots(catalogNumber: string) {
  return db.lot.findMany({
    where: { product: { catalogNumber } },
    select: lotSelect,
    orderBy: [{ manufacturedOn: "desc" }, { id: "desc" }],
  });
}

/** One lot with what its certificate prints of the product; null when there is no such lot. */
export async function getLotForCoa({ catalogNumber, lotNumber }: { catalogNumber: string; lotNumber: string }) {
  const product = await db.product.findUnique({
    where: { catalogNumber },
    select: {
      id: true,
      catalogNumber: true,
      name: true,
      saltForm: true,
      formula: true,
      molecularWeight: true,
      casNumber: true,
      inchiKey: true,
      lots: { where: { lotNumber }, select: lotSelect },
    },
  });
  const lot = product?.lots[0];
  if (!product || !lot) return null;
  const { catalogNumber: number, name, saltForm, formula, molecularWeight, casNumber, inchiKey } = product;
  return { product: { catalogNumber: number, name, saltForm, formula, molecularWeight, casNumber, inchiKey }, lot };
}
export type CoaData = NonNullable<Awaited<ReturnType<typeof getLotForCoa>>>;

/** Every product's lot with this number (lot numbers are unique per product only), for the find-a-CoA page. */
export async function findLotsByNumber(lotNumber: string) {
  return db.lot.findMany({
    where: { lotNumber },
    select: {
      lotNumber: true,
      manufacturedOn: true,
      useBy: true,
      dateKind: true,
      demo: true,
      product: { select: { catalogNumber: true, name: true } },
    },
    orderBy: { product: { catalogNumber: "asc" } },
    take: 20,
  });
}

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

// A found m/z this far from the calculated one is not a mass error but the wrong ion or compound: say so
// rather than print it on a certificate. (1 Da is far above any instrument's error at these masses.)
const MAX_MZ_DIFFERENCE = 1;

/** The row a lot form or seed record is stored as; refuses a found m/z that cannot be of this ion. */
export function lotRow(input: LotInput, parent: ParentSpecies) {
  if (input.msAdduct && input.msMzFound !== undefined) {
    const calculated = calculatedMz(parent.exactMass, input.msAdduct);
    if (Math.abs(input.msMzFound - calculated) > MAX_MZ_DIFFERENCE) {
      const message = `Found ${input.msMzFound} is ${Math.abs(input.msMzFound - calculated).toFixed(2)} from the calculated ${calculated.toFixed(4)} for ${msAdducts[input.msAdduct].label} of ${parent.formula}: check the ion and the value`;
      throw new DomainError("invalid", `Not saved: ${message}.`, { msMzFound: message });
    }
  }
  return {
    lotNumber: input.lotNumber,
    manufacturedOn: day(input.manufacturedOn),
    useBy: day(input.useBy),
    dateKind: input.dateKind,
    quantityAvailable: input.quantityAvailable,
    quantityUnit: input.quantityUnit,
    appearance: input.appearance,
    waterPercent: input.waterPercent ?? null,
    waterMethod: input.waterMethod ?? null,
    hplcPurity: input.hplcPurity ?? null,
    hplcWavelengthNm: input.hplcWavelengthNm ?? null,
    nmrConsistent: input.nmrConsistent === undefined ? null : input.nmrConsistent === "yes",
    nmrConclusion: input.nmrConclusion ?? null,
    msAdduct: input.msAdduct ?? null,
    msMzFound: input.msMzFound ?? null,
    parentFormula: parent.formula,
    parentExactMass: parent.exactMass,
    demo: input.demo,
  };
}

/**
 * Add a lot to a product or change one. The parent species (whose ions LC-MS sees: a salt's free base)
 * is computed from the product's structure now, so the calculated m/z follows the structure as it is.
 */
export async function saveLot(
  input: LotInput,
  actor: { id: string },
  {
    parentSpecies = (smiles: string) => rdkitPool().run("parentSpecies", smiles),
  }: { parentSpecies?: (smiles: string) => Promise<ParentSpecies | undefined> } = {},
) {
  const product = await db.product.findUnique({ where: { catalogNumber: input.catalogNumber }, select: { id: true, smiles: true } });
  if (!product) throw new DomainError("not-found", `There is no product ${input.catalogNumber}.`);
  const parent = await parentSpecies(product.smiles);
  if (!parent) throw new DomainError("invalid", `RDKit cannot read the structure of ${input.catalogNumber}; fix the product first.`);
  const data = lotRow(input, parent);
  try {
    return await db.$transaction(async (tx) => {
      let before: LotView | null = null;
      if (input.lotId) {
        before = await tx.lot.findFirst({ where: { id: input.lotId, productId: product.id }, select: lotSelect });
        if (!before) throw new DomainError("not-found", `That lot of ${input.catalogNumber} no longer exists.`);
      }
      const lot = before
        ? await tx.lot.update({ where: { id: before.id }, data, select: lotSelect })
        : await tx.lot.create({ data: { ...data, productId: product.id }, select: lotSelect });
      // Dates as their ISO text: the audit log stores JSON.
      // (updatedAt is left out: undefined is dropped by JSON.)
      const audited = (l: LotView) =>
        JSON.parse(JSON.stringify({ catalogNumber: input.catalogNumber, ...l, updatedAt: undefined })) as Prisma.InputJsonValue;
      await recordAudit(tx, {
        actorId: actor.id,
        action: before ? "lot.update" : "lot.create",
        before: before ? audited(before) : undefined,
        after: audited(lot),
      });
      return { lotNumber: lot.lotNumber, created: !before, tags: [cacheTags.product(input.catalogNumber)] };
    });
  } catch (error) {
    if (isUniqueViolation(error)) {
      const message = `${input.catalogNumber} already has a lot ${input.lotNumber}`;
      throw new DomainError("conflict", `Not saved: ${message}.`, { lotNumber: message });
    }
    throw error;
  }
}
