import "server-only";
import { cacheTags } from "@/lib/cache-tags";
import type { ActivityInput } from "@/lib/catalog/activity-schema";
import { findReference } from "@/lib/catalog/references";
import { db } from "@/lib/db";
import { recordAudit } from "@/lib/core/audit";
import { DomainError } from "@/lib/core/domain-error";

// A product's activities show on its data sheet, in the catalog's target and mechanism facets and in
// the comparison table of every guide covering it.
const tagsFor = (catalogNumber: string) => [cacheTags.product(catalogNumber), cacheTags.catalog];

/** Targets and mechanisms for the activity form's choices. */
export async function listActivityChoices() {
  const [targets, mechanisms] = await Promise.all([
    db.target.findMany({ select: { slug: true, name: true }, orderBy: { name: "asc" } }),
    db.mechanism.findMany({ select: { slug: true, name: true }, orderBy: { name: "asc" } }),
  ]);
  return { targets, mechanisms };
}

/** Record a product's action at a target, after its existing ones, citing its source. */
export async function addActivity(input: ActivityInput, actor: { id: string }) {
  return db.$transaction(async (tx) => {
    const [product, target, mechanism, reference] = await Promise.all([
      tx.product.findUnique({ where: { catalogNumber: input.catalogNumber }, select: { id: true } }),
      tx.target.findUnique({ where: { slug: input.target }, select: { id: true, name: true } }),
      tx.mechanism.findUnique({ where: { slug: input.mechanism }, select: { id: true, name: true } }),
      findReference(tx, input.reference),
    ]);
    if (!product) throw new DomainError("not-found", `There is no product ${input.catalogNumber}.`);
    const errors: Record<string, string> = {};
    if (!target) errors.target = "Choose one of the targets";
    if (!mechanism) errors.mechanism = "Choose one of the mechanisms";
    if (!reference) errors.reference = "No reference has this key, DOI or PubMed id";
    if (!target || !mechanism || !reference) throw new DomainError("invalid", `Not added: ${Object.values(errors).join("; ")}.`, errors);
    const last = await tx.activity.aggregate({ where: { productId: product.id }, _max: { position: true } });
    const data = {
      measure: input.measure ?? null,
      relation: input.relation ?? null,
      value: input.value ?? null,
      unit: input.unit ?? null,
      species: input.species ?? null,
      assay: input.assay ?? null,
    };
    const activity = await tx.activity.create({
      data: {
        productId: product.id,
        targetId: target.id,
        mechanismId: mechanism.id,
        referenceId: reference.id,
        position: (last._max.position ?? -1) + 1,
        ...data,
      },
    });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "activity.add",
      after: {
        activityId: activity.id,
        catalogNumber: input.catalogNumber,
        target: target.name,
        mechanism: mechanism.name,
        reference: reference.key,
        ...data,
      },
    });
    return { target: target.name, tags: tagsFor(input.catalogNumber) };
  });
}

export async function removeActivity({ catalogNumber, activityId }: { catalogNumber: string; activityId: number }, actor: { id: string }) {
  return db.$transaction(async (tx) => {
    const activity = await tx.activity.findFirst({
      where: { id: activityId, product: { catalogNumber } },
      select: {
        measure: true,
        relation: true,
        value: true,
        unit: true,
        target: { select: { name: true } },
        mechanism: { select: { name: true } },
        reference: { select: { key: true } },
      },
    });
    if (!activity) throw new DomainError("not-found", "This activity is no longer recorded for the product.");
    await tx.activity.delete({ where: { id: activityId } });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "activity.remove",
      before: {
        activityId,
        catalogNumber,
        target: activity.target.name,
        mechanism: activity.mechanism.name,
        reference: activity.reference.key,
        measure: activity.measure,
        relation: activity.relation,
        value: activity.value,
        unit: activity.unit,
      },
    });
    return { target: activity.target.name, tags: tagsFor(catalogNumber) };
  });
}
