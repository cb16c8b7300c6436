import "server-only";
import { cacheTags } from "@/lib/cache-tags";
import { findReference } from "@/lib/catalog/references";
import { IN_HOUSE, type SolubilityInput } from "@/lib/catalog/solubility-schema";
import { db } from "@/lib/db";
import { recordAudit } from "@/lib/core/audit";
import { DomainError } from "@/lib/core/domain-error";

// Solubility shows on the product page only (and in its calculators); guides and listings do not read it.
const tagsFor = (catalogNumber: string) => [cacheTags.product(catalogNumber)];

const described = (s: { solvent: string; maxMgPerMl: number; atLeast: boolean; conditions: string | null }, source: string) => ({
  solvent: s.solvent,
  maxMgPerMl: s.maxMgPerMl,
  atLeast: s.atLeast,
  conditions: s.conditions,
  source,
});

/** A product's solubility rows with their sources, in display order (the staff page). */
export async function listSolubility(catalogNumber: string) {
  return db.solubility.findMany({
    where: { product: { catalogNumber } },
    include: { reference: { select: { key: true } } },
    orderBy: [{ position: "asc" }, { id: "asc" }],
  });
}

/**
 * Record how much of the product dissolves in a solvent, citing a reference or marked in-house. A
 * solvent already recorded (same name, any case) is replaced: one value per solvent and product.
 */
export async function saveSolubility(input: SolubilityInput, actor: { id: string }) {
  return db.$transaction(async (tx) => {
    const product = await tx.product.findUnique({ where: { catalogNumber: input.catalogNumber }, select: { id: true } });
    if (!product) throw new DomainError("not-found", `There is no product ${input.catalogNumber}.`);
    const inHouse = input.source.toLowerCase() === IN_HOUSE;
    const reference = inHouse ? null : await findReference(tx, input.source);
    if (!inHouse && !reference) {
      throw new DomainError("invalid", "Not saved: no reference has this key, DOI or PubMed id.", {
        source: `No reference has this key, DOI or PubMed id (add it under References first, or write ${IN_HOUSE})`,
      });
    }
    const existing = await tx.solubility.findFirst({
      where: { productId: product.id, solvent: { equals: input.solvent, mode: "insensitive" } },
      include: { reference: { select: { key: true } } },
    });
    const data = {
      solvent: input.solvent,
      maxMgPerMl: input.maxMgPerMl,
      atLeast: input.atLeast,
      conditions: input.conditions ?? null,
      referenceId: reference?.id ?? null,
    };
    if (existing) {
      await tx.solubility.update({ where: { id: existing.id }, data });
    } else {
      const last = await tx.solubility.aggregate({ where: { productId: product.id }, _max: { position: true } });
      await tx.solubility.create({ data: { ...data, productId: product.id, position: (last._max.position ?? -1) + 1 } });
    }
    await recordAudit(tx, {
      actorId: actor.id,
      action: existing ? "solubility.update" : "solubility.add",
      before: existing ? { catalogNumber: input.catalogNumber, ...described(existing, existing.reference?.key ?? IN_HOUSE) } : undefined,
      after: { catalogNumber: input.catalogNumber, ...described(data, reference?.key ?? IN_HOUSE) },
    });
    return { solvent: input.solvent, replaced: Boolean(existing), tags: tagsFor(input.catalogNumber) };
  });
}

export async function removeSolubility(
  { catalogNumber, solubilityId }: { catalogNumber: string; solubilityId: number },
  actor: { id: string },
) {
  return db.$transaction(async (tx) => {
    const row = await tx.solubility.findFirst({
      where: { id: solubilityId, product: { catalogNumber } },
      include: { reference: { select: { key: true } } },
    });
    if (!row) throw new DomainError("not-found", "This solubility value is no longer recorded for the product.");
    await tx.solubility.delete({ where: { id: solubilityId } });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "solubility.remove",
      before: { catalogNumber, ...described(row, row.reference?.key ?? IN_HOUSE) },
    });
    return { solvent: row.solvent, tags: tagsFor(catalogNumber) };
  });
}
