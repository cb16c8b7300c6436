import "server-only";
import { cacheTags } from "@/lib/cache-tags";
import type { ControlSummary } from "@/lib/catalog/control-labels";
import type { ControlInput } from "@/lib/catalog/control-schema";
import { findReference } from "@/lib/catalog/references";
import { recordAudit } from "@/lib/core/audit";
import { DomainError } from "@/lib/core/domain-error";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";

/**
 * The controlled products among these catalog numbers (already normalised, upper case), each with its
 * controls. A quote request for any of them needs a licence (lib/inquiries/schema.ts).
 */
export async function findControlledProducts({ catalogNumbers }: { catalogNumbers?: string[] } = {}) {
  const rows = await db.product.findMany({
    where: { controls: { some: {} }, ...(catalogNumbers ? { catalogNumber: { in: catalogNumbers } } : {}) },
    select: { catalogNumber: true, name: true, controls: { select: { jurisdiction: true, schedule: true }, orderBy: { position: "asc" } } },
    orderBy: { catalogNumber: "asc" },
  });
  return rows;
}
export type ControlledProduct = { catalogNumber: string; name: string; controls: ControlSummary[] };

/** A product's controls with their sources, in display order (the staff edit page). */
export async function listControls(catalogNumber: string) {
  return db.productControl.findMany({
    where: { product: { catalogNumber } },
    include: { reference: { select: { key: true, title: true, url: true } } },
    orderBy: [{ position: "asc" }, { id: "asc" }],
  });
}

// The product page shows the panel, listings and search results the badge, quote forms the licence rule.
const tagsFor = (catalogNumber: string) => [cacheTags.product(catalogNumber), cacheTags.catalog];

type Tx = Prisma.TransactionClient;

/** A key for a citation typed in the control form: "control-uk-mda-misuse-of-drugs-act-1971", unique. */
async function newReferenceKey(tx: Tx, jurisdiction: string, citation: string) {
  const base = `control-${jurisdiction}-${citation}`
    .toLowerCase()
    .normalize("NFKD")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "")
    .slice(0, 60)
    .replace(/-$/, "");
  for (let n = 1; ; n++) {
    const key = n === 1 ? base : `${base}-${n}`;
    if (!(await tx.reference.findUnique({ where: { key }, select: { id: true } }))) return key;
  }
}

/** The reference a control cites: an existing one named by key, DOI or PubMed id, or a new one from the citation. */
async function sourceOf(tx: Tx, input: ControlInput) {
  if (input.source) {
    const reference = await findReference(tx, input.source);
    if (!reference)
      throw new DomainError("invalid", "Not saved: no reference has this key, DOI or PubMed id.", {
        source: "No reference has this key, DOI or PubMed id (add it under References, or give the citation below)",
      });
    return reference;
  }
  // The same citation and address typed again (another product under the same law) reuses its reference.
  const citation = input.citation!;
  const same = await tx.reference.findFirst({ where: { title: citation, url: input.url ?? null }, select: { id: true, key: true } });
  if (same) return same;
  return tx.reference.create({
    data: { key: await newReferenceKey(tx, input.jurisdiction, citation), title: citation, url: input.url ?? null },
    select: { id: true, key: true },
  });
}

const described = (c: { jurisdiction: string; schedule: string; note: string | null }, source: string) => ({
  jurisdiction: c.jurisdiction,
  schedule: c.schedule,
  note: c.note,
  source,
});

/**
 * Record a product's controlled status in one jurisdiction, citing its source. A jurisdiction already
 * recorded is replaced: one status per product and jurisdiction. Audited with before and after.
 */
export async function saveControl(input: ControlInput, actor: { id: string }) {
  return db.$transaction(async (tx) => {
    const product = await tx.product.findUnique({ where: { catalogNumber: input.catalogNumber }, select: { id: true } });
    if (!product) throw new DomainError("not-found", `There is no product ${input.catalogNumber}.`);
    const reference = await sourceOf(tx, input);
    const existing = await tx.productControl.findUnique({
      where: { productId_jurisdiction: { productId: product.id, jurisdiction: input.jurisdiction } },
      include: { reference: { select: { key: true } } },
    });
    const data = { schedule: input.schedule, note: input.note ?? null, referenceId: reference.id };
    if (existing) {
      await tx.productControl.update({ where: { id: existing.id }, data });
    } else {
      const last = await tx.productControl.aggregate({ where: { productId: product.id }, _max: { position: true } });
      await tx.productControl.create({
        data: { ...data, jurisdiction: input.jurisdiction, productId: product.id, position: (last._max.position ?? -1) + 1 },
      });
    }
    await recordAudit(tx, {
      actorId: actor.id,
      action: existing ? "control.update" : "control.add",
      before: existing ? { catalogNumber: input.catalogNumber, ...described(existing, existing.reference.key) } : undefined,
      after: { catalogNumber: input.catalogNumber, ...described({ ...data, jurisdiction: input.jurisdiction }, reference.key) },
    });
    return { jurisdiction: input.jurisdiction, replaced: Boolean(existing), tags: tagsFor(input.catalogNumber) };
  });
}

export async function removeControl({ catalogNumber, controlId }: { catalogNumber: string; controlId: number }, actor: { id: string }) {
  return db.$transaction(async (tx) => {
    const row = await tx.productControl.findFirst({
      where: { id: controlId, product: { catalogNumber } },
      include: { reference: { select: { key: true } } },
    });
    if (!row) throw new DomainError("not-found", "This controlled status is no longer recorded for the product.");
    await tx.productControl.delete({ where: { id: controlId } });
    await recordAudit(tx, { actorId: actor.id, action: "control.remove", before: { catalogNumber, ...described(row, row.reference.key) } });
    return { jurisdiction: row.jurisdiction, tags: tagsFor(catalogNumber) };
  });
}
