import "server-only";
import { cacheTags } from "@/lib/cache-tags";
import type { LinkProductReferenceInput, ReferenceInput } from "@/lib/catalog/reference-schema";
import { normalizeDoi, normalizePmid } from "@/lib/catalog/reference-schema";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { recordAudit } from "@/lib/core/audit";
import { DomainError } from "@/lib/core/domain-error";

type Actor = { id: string };
type Tx = Prisma.TransactionClient;

const referenceFields = {
  id: true,
  key: true,
  authors: true,
  title: true,
  journal: true,
  year: true,
  volume: true,
  pages: true,
  pmid: true,
  doi: true,
  url: true,
} as const;

/** References for the staff list, newest year first; `q` matches key, title, authors, DOI or PMID. */
export async function listReferences({ q, take = 200 }: { q?: string; take?: number } = {}) {
  const term = q?.trim();
  const where: Prisma.ReferenceWhereInput = term
    ? {
        OR: [
          { key: { contains: term, mode: "insensitive" } },
          { title: { contains: term, mode: "insensitive" } },
          { authors: { contains: term, mode: "insensitive" } },
          { journal: { contains: term, mode: "insensitive" } },
          { doi: { contains: normalizeDoi(term), mode: "insensitive" } },
          { pmid: normalizePmid(term) },
        ],
      }
    : {};
  const [references, total] = await Promise.all([
    db.reference.findMany({
      where,
      select: { ...referenceFields, _count: { select: { products: true, activities: true, guideReferences: true } } },
      orderBy: [{ year: { sort: "desc", nulls: "last" } }, { key: "asc" }],
      take,
    }),
    db.reference.count({ where }),
  ]);
  return { references, total };
}

/** Every reference key with a short label, for the pickers of the product and guide forms. */
export async function listReferenceChoices() {
  return db.reference.findMany({
    select: { key: true, title: true, authors: true, year: true, doi: true, pmid: true },
    orderBy: { key: "asc" },
  });
}

export async function getReferenceForEdit(key: string) {
  return db.reference.findUnique({
    where: { key },
    select: {
      ...referenceFields,
      products: {
        select: { supports: true, product: { select: { catalogNumber: true, name: true } } },
        orderBy: { product: { catalogNumber: "asc" } },
      },
      activities: { select: { product: { select: { catalogNumber: true, name: true } } } },
      guideReferences: { select: { position: true, guide: { select: { slug: true, title: true } } } },
    },
  });
}

/** The cache tags of every page that shows this reference: data sheets, guides, comparison tables. */
async function tagsShowing(tx: Tx, referenceId: number) {
  const [products, guides] = await Promise.all([
    tx.product.findMany({
      where: {
        OR: [{ references: { some: { referenceId } } }, { activities: { some: { referenceId } } }, { casReferenceId: referenceId }],
      },
      select: { catalogNumber: true, activities: { where: { referenceId }, select: { id: true }, take: 1 } },
    }),
    tx.guideReference.findMany({ where: { referenceId }, select: { guide: { select: { slug: true } } } }),
  ]);
  return [
    ...products.map((p) => cacheTags.product(p.catalogNumber)),
    ...guides.map((g) => cacheTags.guide(g.guide.slug)),
    // A potency's source is cited in the comparison tables of every guide covering the product.
    ...(products.some((p) => p.activities.length) ? [cacheTags.catalog] : []),
  ];
}

/**
 * Another reference that already has this key, DOI (compared case-insensitively, as DOIs are) or
 * PMID, as field errors. Run under the lock below so two saves cannot both pass.
 */
async function duplicatesOf(tx: Tx, input: ReferenceInput) {
  const errors: Record<string, string> = {};
  const others = await tx.reference.findMany({
    where: {
      id: input.id ? { not: input.id } : undefined,
      OR: [
        { key: input.key },
        ...(input.doi ? [{ doi: { equals: input.doi, mode: "insensitive" as const } }] : []),
        ...(input.pmid ? [{ pmid: input.pmid }] : []),
      ],
    },
    select: { key: true, doi: true, pmid: true },
  });
  for (const other of others) {
    if (!input.id && other.key === input.key) errors.key ??= `The key ${other.key} is taken; choose another.`;
    if (input.doi && other.doi?.toLowerCase() === input.doi.toLowerCase())
      errors.doi ??= `This DOI is already recorded as ${other.key}; link that reference instead.`;
    if (input.pmid && other.pmid === input.pmid)
      errors.pmid ??= `This PubMed id is already recorded as ${other.key}; link that reference instead.`;
  }
  return errors;
}

// Reference identifiers are unique by rule, not by index (DOIs compare case-insensitively and the
// seed data predates the rule): saves that check them are serialised by this transaction lock.
const lockReferences = (tx: Tx) => tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('catalog.reference-identifiers'))`;

/** Create a reference, or edit one (`input.id`; its key stays). Returns the cache tags to refresh. */
export async function saveReference(input: ReferenceInput, actor: Actor) {
  return db.$transaction(async (tx) => {
    await lockReferences(tx);
    const errors = await duplicatesOf(tx, input);
    if (Object.keys(errors).length) throw new DomainError("invalid", `Not saved: ${Object.values(errors).join(" ")}`, errors);
    const data = {
      authors: input.authors ?? null,
      title: input.title,
      journal: input.journal ?? null,
      year: input.year ?? null,
      volume: input.volume ?? null,
      pages: input.pages ?? null,
      pmid: input.pmid ?? null,
      doi: input.doi ?? null,
      url: input.url ?? null,
    };
    if (input.id) {
      const before = await tx.reference.findUnique({ where: { id: input.id }, select: referenceFields });
      if (!before) throw new DomainError("not-found", "This reference no longer exists.");
      await tx.reference.update({ where: { id: input.id }, data });
      await recordAudit(tx, { actorId: actor.id, action: "reference.update", before, after: { key: before.key, ...data } });
      return { key: before.key, created: false, tags: await tagsShowing(tx, input.id) };
    }
    const row = await tx.reference.create({ data: { key: input.key, ...data } });
    await recordAudit(tx, { actorId: actor.id, action: "reference.create", after: { key: row.key, ...data } });
    return { key: row.key, created: true, tags: [] as string[] };
  });
}

/** A reference named the way staff name them: its key, its DOI (any form) or its PMID. */
export async function findReference(tx: Pick<Tx, "reference">, name: string) {
  const doi = normalizeDoi(name);
  const pmid = normalizePmid(name);
  return tx.reference.findFirst({
    where: { OR: [{ key: name.trim() }, { doi: { equals: doi, mode: "insensitive" } }, ...(/^\d+$/.test(pmid) ? [{ pmid }] : [])] },
    select: { id: true, key: true },
  });
}

/** Add a reference to the end of a product's data-sheet sources. */
export async function linkProductReference(input: LinkProductReferenceInput, actor: Actor) {
  return db.$transaction(async (tx) => {
    const product = await tx.product.findUnique({ where: { catalogNumber: input.catalogNumber }, select: { id: true } });
    if (!product) throw new DomainError("not-found", `There is no product ${input.catalogNumber}.`);
    const reference = await findReference(tx, input.reference);
    if (!reference) {
      throw new DomainError("invalid", "Not linked: no reference has this key, DOI or PubMed id. Add it under References first.", {
        reference: "No reference has this key, DOI or PubMed id",
      });
    }
    const existing = await tx.productReference.findUnique({
      where: { productId_referenceId: { productId: product.id, referenceId: reference.id } },
    });
    if (existing)
      throw new DomainError("conflict", `Not linked: ${reference.key} is already a source of ${input.catalogNumber}.`, {
        reference: `${reference.key} is already linked`,
      });
    const last = await tx.productReference.aggregate({ where: { productId: product.id }, _max: { position: true } });
    await tx.productReference.create({
      data: { productId: product.id, referenceId: reference.id, position: (last._max.position ?? 0) + 1, supports: input.supports ?? null },
    });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "product-reference.link",
      after: { catalogNumber: input.catalogNumber, reference: reference.key, supports: input.supports ?? null },
    });
    return { key: reference.key, tags: [cacheTags.product(input.catalogNumber)] };
  });
}

/** Remove a reference from a product's data-sheet sources (potency values keep their own sources). */
export async function unlinkProductReference({ catalogNumber, referenceId }: { catalogNumber: string; referenceId: number }, actor: Actor) {
  return db.$transaction(async (tx) => {
    const link = await tx.productReference.findFirst({
      where: { referenceId, product: { catalogNumber } },
      select: { productId: true, supports: true, reference: { select: { key: true } } },
    });
    if (!link) throw new DomainError("not-found", "This reference is no longer linked to the product.");
    await tx.productReference.delete({ where: { productId_referenceId: { productId: link.productId, referenceId } } });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "product-reference.unlink",
      before: { catalogNumber, reference: link.reference.key, supports: link.supports },
    });
    return { key: link.reference.key, tags: [cacheTags.product(catalogNumber)] };
  });
}

/** A product's data-sheet sources in order, for its staff page. */
export async function listProductReferences(catalogNumber: string) {
  return db.productReference.findMany({
    where: { product: { catalogNumber } },
    orderBy: { position: "asc" },
    select: { supports: true, reference: { select: referenceFields } },
  });
}
