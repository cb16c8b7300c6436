import "server-only";
import { cacheTags } from "@/lib/cache-tags";
import type { TargetInput } from "@/lib/catalog/target-schema";
import { db } from "@/lib/db";
import { recordAudit } from "@/lib/core/audit";
import { DomainError } from "@/lib/core/domain-error";

/** Targets grouped by family for the staff list, with how many products act at each. */
export async function listTargets() {
  return db.target.findMany({
    select: {
      id: true,
      slug: true,
      name: true,
      family: true,
      geneSymbol: true,
      activities: { distinct: ["productId"], select: { productId: true } },
    },
    orderBy: [{ family: "asc" }, { name: "asc" }],
  });
}

export async function getTargetForEdit(slug: string) {
  return db.target.findUnique({
    where: { slug },
    select: {
      id: true,
      slug: true,
      name: true,
      family: true,
      geneSymbol: true,
      activities: {
        orderBy: [{ product: { name: "asc" } }, { position: "asc" }],
        select: {
          id: true,
          measure: true,
          relation: true,
          value: true,
          unit: true,
          species: true,
          mechanism: { select: { name: true } },
          product: { select: { catalogNumber: true, name: true } },
          reference: { select: { key: true } },
        },
      },
    },
  });
}

/**
 * Create a target or edit one (`input.id`; its slug stays, filter links use it). Names are unique
 * case-insensitively, so the catalog filter never lists two "mGlu2 receptor"s. Returns the cache
 * tags of the pages that show the target.
 */
export async function saveTarget(input: TargetInput, actor: { id: string }) {
  return db.$transaction(async (tx) => {
    const clash = await tx.target.findFirst({
      where: {
        id: input.id ? { not: input.id } : undefined,
        OR: [{ slug: input.slug }, { name: { equals: input.name, mode: "insensitive" } }],
      },
      select: { slug: true, name: true },
    });
    if (clash && !input.id && clash.slug === input.slug)
      throw new DomainError("conflict", `Not saved: the slug ${clash.slug} is taken.`, { slug: `The slug ${clash.slug} is taken` });
    if (clash)
      throw new DomainError("conflict", `Not saved: “${clash.name}” already exists (${clash.slug}).`, {
        name: `“${clash.name}” already exists (${clash.slug})`,
      });
    const data = { name: input.name, family: input.family, geneSymbol: input.geneSymbol ?? null };
    if (!input.id) {
      const row = await tx.target.create({ data: { slug: input.slug, ...data } });
      await recordAudit(tx, { actorId: actor.id, action: "target.create", after: { slug: row.slug, ...data } });
      return { slug: row.slug, created: true, tags: [] as string[] };
    }
    const before = await tx.target.findUnique({
      where: { id: input.id },
      select: { slug: true, name: true, family: true, geneSymbol: true },
    });
    if (!before) throw new DomainError("not-found", "This target no longer exists.");
    await tx.target.update({ where: { id: input.id }, data });
    await recordAudit(tx, { actorId: actor.id, action: "target.update", before, after: { slug: before.slug, ...data } });
    const products = await tx.product.findMany({
      where: { activities: { some: { targetId: input.id } } },
      select: { catalogNumber: true },
    });
    // Data sheets list the target; listings facet on it and guides' comparison tables name it.
    return { slug: before.slug, created: false, tags: [...products.map((p) => cacheTags.product(p.catalogNumber)), cacheTags.catalog] };
  });
}
