import "server-only";
import { isUniqueViolation } from "@/lib/core/db-errors";
import { cacheTags } from "@/lib/cache-tags";
import type { ProductLifecycleInput, ProductRenameInput } from "@/lib/catalog/product-edit-schema";
import { recordRename, rememberCatalogNumberRedirects } from "@/lib/catalog/redirect-map";
import { recordAudit } from "@/lib/core/audit";
import { catalogNumberField } from "@/lib/core/catalog-identifiers";
import { DomainError } from "@/lib/core/domain-error";
import { db } from "@/lib/db";

/** "2026-03-01": discontinuation dates are calendar days, stored as DATE (midnight UTC). */
export const isoDay = (date: Date) => date.toISOString().slice(0, 10);

/**
 * Give a product a new catalog number. The old one is kept as a redirect to the product
 * (/products/<old> answers 301), so it is refused as a new number for as long as it leads somewhere,
 * unless it is this product's own former number (renamed back). Inquiries, quotes and orders keep the
 * number they were written with; they reach the product by its id.
 */
export async function renameProduct({ catalogNumber: from, newCatalogNumber: to }: ProductRenameInput, actor: { id: string }) {
  const fieldError = (message: string) => new DomainError("conflict", `Not renamed: ${message}.`, { newCatalogNumber: message });
  let related: string[];
  try {
    related = await db.$transaction(async (tx) => {
      const product = await tx.product.findUnique({ where: { catalogNumber: from }, select: { id: true, compoundId: true } });
      if (!product) throw new DomainError("not-found", `There is no product ${from}: it may have been renamed meanwhile.`);
      const taken = await tx.product.findUnique({ where: { catalogNumber: to }, select: { name: true } });
      if (taken) throw fieldError(`${to} is already the catalog number of ${taken.name}`);
      const former = await tx.catalogNumberRedirect.findUnique({
        where: { catalogNumber: to },
        select: { productId: true, product: { select: { catalogNumber: true, name: true } } },
      });
      if (former && former.productId !== product.id)
        throw fieldError(`${to} is a former catalog number of ${former.product.name} and still leads to ${former.product.catalogNumber}`);
      if (former) await tx.catalogNumberRedirect.delete({ where: { catalogNumber: to } });
      await tx.product.update({ where: { id: product.id }, data: { catalogNumber: to } });
      await tx.catalogNumberRedirect.create({ data: { catalogNumber: from, productId: product.id } });
      await recordAudit(tx, { actorId: actor.id, action: "product.rename", before: { catalogNumber: from }, after: { catalogNumber: to } });
      // Pages that link to it by number: its other salt forms ("also available as") and the products
      // that suggest it in their place.
      const linking = await tx.product.findMany({
        where: { OR: [{ compoundId: product.compoundId, id: { not: product.id } }, { replacementId: product.id }] },
        select: { catalogNumber: true },
      });
      return linking.map((p) => p.catalogNumber);
    });
  } catch (error) {
    // Another edit took the number between the check and the write.
    if (isUniqueViolation(error)) throw fieldError(`${to} was taken by another edit just now`);
    throw error;
  }
  recordRename(from, to);
  return { from, to, tags: [cacheTags.product(from), cacheTags.product(to), ...related.map(cacheTags.product), cacheTags.catalog] };
}

/** The product a former catalog number leads to now, or null. Asked only when a number is not found. */
export async function findRenamedProduct({ catalogNumber }: { catalogNumber: string }) {
  // Whatever was typed in the address: only what could be a catalog number is looked up.
  if (!catalogNumberField.safeParse(catalogNumber).success) return null;
  const row = await db.catalogNumberRedirect.findUnique({
    where: { catalogNumber },
    select: { product: { select: { catalogNumber: true } } },
  });
  if (!row) return null;
  // Another app process renamed it: this one's proxy answers the next request itself.
  rememberCatalogNumberRedirects([[catalogNumber, row.product.catalogNumber]]);
  return row.product.catalogNumber;
}

/** Current catalog numbers for former ones (those that are former numbers at all). */
export async function findCurrentCatalogNumbers({ catalogNumbers }: { catalogNumbers: string[] }) {
  if (!catalogNumbers.length) return new Map<string, string>();
  const rows = await db.catalogNumberRedirect.findMany({
    where: { catalogNumber: { in: catalogNumbers } },
    select: { catalogNumber: true, product: { select: { catalogNumber: true } } },
  });
  return new Map(rows.map((row) => [row.catalogNumber, row.product.catalogNumber]));
}

const lifecycleSelect = {
  id: true,
  discontinuedOn: true,
  discontinuedReason: true,
  replacement: { select: { catalogNumber: true } },
} as const;

const auditedLifecycle = (p: {
  discontinuedOn: Date | null;
  discontinuedReason: string | null;
  replacement: { catalogNumber: string } | null;
}) => ({
  discontinuedOn: p.discontinuedOn ? isoDay(p.discontinuedOn) : null,
  reason: p.discontinuedReason,
  replacement: p.replacement?.catalogNumber ?? null,
});

/**
 * Mark a product discontinued (from a day, with an optional reason and a product to suggest instead)
 * or sold again. A suggested product must be in the catalog and still sold.
 */
export async function setProductLifecycle(input: ProductLifecycleInput, actor: { id: string }) {
  const discontinued = input.status === "discontinued";
  await db.$transaction(async (tx) => {
    const product = await tx.product.findUnique({ where: { catalogNumber: input.catalogNumber }, select: lifecycleSelect });
    if (!product) throw new DomainError("not-found", `There is no product ${input.catalogNumber}: it may have been renamed meanwhile.`);
    let replacementId: number | null = null;
    if (discontinued && input.replacement) {
      const refuse = (message: string) => new DomainError("invalid", `Not saved: ${message}.`, { replacement: message });
      const replacement = await tx.product.findUnique({
        where: { catalogNumber: input.replacement },
        select: { id: true, discontinuedOn: true },
      });
      if (!replacement) {
        const moved = await tx.catalogNumberRedirect.findUnique({
          where: { catalogNumber: input.replacement },
          select: { product: { select: { catalogNumber: true } } },
        });
        throw refuse(
          moved
            ? `${input.replacement} is now ${moved.product.catalogNumber}: enter that number`
            : `We have no product ${input.replacement}`,
        );
      }
      if (replacement.discontinuedOn) throw refuse(`${input.replacement} is discontinued too: suggest a product we still sell`);
      replacementId = replacement.id;
    }
    const after = await tx.product.update({
      where: { id: product.id },
      data: discontinued
        ? { discontinuedOn: new Date(`${input.discontinuedOn}T00:00:00Z`), discontinuedReason: input.reason ?? null, replacementId }
        : { discontinuedOn: null, discontinuedReason: null, replacementId: null },
      select: lifecycleSelect,
    });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "product.lifecycle",
      before: { catalogNumber: input.catalogNumber, ...auditedLifecycle(product) },
      after: { catalogNumber: input.catalogNumber, ...auditedLifecycle(after) },
    });
  });
  // Its page and the listings it leaves or rejoins.
  return { discontinued, tags: [cacheTags.product(input.catalogNumber), cacheTags.catalog] };
}

/** What the edit page's lifecycle and rename forms start from. */
export async function getProductLifecycle({ catalogNumber }: { catalogNumber: string }) {
  return db.product.findUnique({
    where: { catalogNumber },
    select: {
      discontinuedOn: true,
      discontinuedReason: true,
      replacement: { select: { catalogNumber: true, name: true } },
      formerNumbers: { select: { catalogNumber: true, createdAt: true }, orderBy: { createdAt: "desc" } },
    },
  });
}
