import "server-only";
import { cacheTags } from "@/lib/cache-tags";
import { db } from "@/lib/db";
import type { GuideInput } from "@/lib/guides/guide-schema";
import { resolveCitations, resolveGuideProducts } from "@/lib/guides/guide-sources";
import { recordAudit } from "@/lib/core/audit";
import { DomainError } from "@/lib/core/domain-error";

/** Every guide for the staff list, newest first. */
export async function listGuidesForStaff() {
  return db.guide.findMany({
    orderBy: [{ publishedAt: "desc" }, { title: "asc" }],
    select: {
      slug: true,
      title: true,
      kind: true,
      publishedAt: true,
      revisedAt: true,
      updatedAt: true,
      _count: { select: { products: true, references: true } },
    },
  });
}

export async function getGuideForEdit(slug: string) {
  return db.guide.findUnique({
    where: { slug },
    select: {
      slug: true,
      title: true,
      summary: true,
      kind: true,
      author: true,
      publishedAt: true,
      revisedAt: true,
      updatedAt: true,
      body: true,
      products: { orderBy: { position: "asc" }, select: { role: true, product: { select: { catalogNumber: true, name: true } } } },
    },
  });
}

/**
 * Create or edit a guide with its products and its numbered reference list (rebuilt from the body's
 * citations). Unknown citations or products are refused with field errors, nothing is written.
 * Returns the cache tags to refresh: the guide, and the data sheets that list it (before and after).
 */
export async function saveGuide(input: GuideInput, actor: { id: string }, now = new Date()) {
  return db.$transaction(async (tx) => {
    const errors: Record<string, string> = {};
    const { cited, problems } = await resolveCitations(tx, input.body);
    if (problems.length) errors.body = `Fix the citations: ${problems.join("; ")}.`;
    const { ids: productIds, missing } = await resolveGuideProducts(
      tx,
      input.products.map((p) => p.catalogNumber),
    );
    input.products.forEach((p, i) => {
      if (missing.includes(p.catalogNumber)) errors[`products.${i}.catalogNumber`] = `${p.catalogNumber} is not in the catalog`;
    });

    const before = await tx.guide.findUnique({
      where: { slug: input.slug },
      select: {
        id: true,
        title: true,
        summary: true,
        kind: true,
        author: true,
        products: { select: { product: { select: { catalogNumber: true } } } },
      },
    });
    if (!input.existing && before) errors.slug = `A guide already lives at /guides/${input.slug}; choose another address.`;
    if (input.existing && !before) throw new DomainError("not-found", "This guide no longer exists.");
    if (Object.keys(errors).length) throw new DomainError("invalid", `Not saved: ${Object.values(errors).join(" ")}`, errors);

    const fields = {
      title: input.title,
      summary: input.summary,
      kind: input.kind,
      author: input.author,
      publishedAt: new Date(`${input.publishedAt}T00:00:00Z`),
      body: input.body,
      ...(input.markRevised ? { revisedAt: now } : {}),
    };
    const guide = before
      ? await tx.guide.update({ where: { id: before.id }, data: fields })
      : await tx.guide.create({ data: { slug: input.slug, ...fields } });
    await tx.guideReference.deleteMany({ where: { guideId: guide.id } });
    await tx.guideReference.createMany({
      data: cited.map((c) => ({ guideId: guide.id, referenceId: c.reference!.id, position: c.number })),
    });
    await tx.guideProduct.deleteMany({ where: { guideId: guide.id } });
    await tx.guideProduct.createMany({
      data: input.products.map((p, i) => ({
        guideId: guide.id,
        productId: productIds.get(p.catalogNumber)!,
        role: p.role,
        position: i + 1,
      })),
    });

    const after = {
      title: fields.title,
      summary: fields.summary,
      kind: fields.kind,
      author: fields.author,
      products: input.products,
      references: cited.map((c) => c.key),
    };
    const beforeProducts = before?.products.map((p) => p.product.catalogNumber) ?? [];
    await recordAudit(tx, {
      actorId: actor.id,
      action: before ? "guide.update" : "guide.create",
      before: before
        ? { title: before.title, summary: before.summary, kind: before.kind, author: before.author, products: beforeProducts }
        : undefined,
      after: { slug: input.slug, ...after, bodyLength: input.body.length },
    });

    const affectedProducts = new Set([...beforeProducts, ...input.products.map((p) => p.catalogNumber)]);
    return {
      slug: guide.slug,
      created: !before,
      tags: [cacheTags.guide(guide.slug), cacheTags.guides, ...[...affectedProducts].map(cacheTags.product)],
    };
  });
}
