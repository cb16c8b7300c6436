// Controlled products on an inquiry, and the licence check that must precede any quote for them. The
// status is read from the catalog when asked (ProductControl), not frozen on the inquiry: a product
// scheduled after the request still needs the check before a quote goes out.
import "server-only";
import { db } from "@/lib/db";
import { recordAudit } from "@/lib/core/audit";
import { DomainError } from "@/lib/core/domain-error";
import type { ControlSummary } from "@/lib/catalog/control-labels";
import type { LicenceCheckOutcome } from "@/lib/generated/prisma/enums";

type Db = Pick<typeof db, "inquiryItem" | "quoteLine" | "licenceCheck">;
export type ControlledItem = { catalogNumber: string; name: string; controls: ControlSummary[] };

const controlsSelect = { select: { jurisdiction: true, schedule: true }, orderBy: { position: "asc" } } as const;

/** The controlled products an inquiry names, and those on the quote's lines when a quote is given. */
export async function controlledItemsOf({ inquiryId, quoteId }: { inquiryId: string; quoteId?: string }, client: Db = db) {
  const [items, lines] = await Promise.all([
    client.inquiryItem.findMany({
      where: { inquiryId, product: { controls: { some: {} } } },
      select: { product: { select: { catalogNumber: true, name: true, controls: controlsSelect } } },
    }),
    quoteId
      ? client.quoteLine.findMany({
          where: { quoteId, product: { controls: { some: {} } } },
          select: { product: { select: { catalogNumber: true, name: true, controls: controlsSelect } } },
        })
      : [],
  ]);
  const found = new Map<string, ControlledItem>();
  for (const { product } of [...items, ...lines]) if (product) found.set(product.catalogNumber, product);
  return [...found.values()];
}

/** The latest licence check of an inquiry (it is the one that counts), with who made it. */
export async function latestLicenceCheck(inquiryId: string, client: Db = db) {
  return client.licenceCheck.findFirst({
    where: { inquiryId },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    select: { id: true, outcome: true, note: true, createdAt: true, checkedBy: { select: { name: true } } },
  });
}

/**
 * Why a quote may not be sent yet, or null: a controlled product is on the inquiry or the quote and the
 * latest licence check is missing or rejected. The quote builder shows it; sendQuote enforces it.
 */
export async function licenceRefusal({ inquiryId, quoteId }: { inquiryId: string; quoteId?: string }, client: Db = db) {
  const controlled = await controlledItemsOf({ inquiryId, quoteId }, client);
  if (!controlled.length) return null;
  const names = controlled.map((p) => `${p.catalogNumber} ${p.name}`).join(", ");
  const check = await latestLicenceCheck(inquiryId, client);
  if (!check)
    return `A quote for a controlled substance (${names}) can be sent only after the buyer's licence has been checked: record the licence check on the inquiry page first.`;
  if (check.outcome === "REJECTED")
    return `The buyer's licence check was rejected by ${check.checkedBy.name}: no quote for ${names} may be sent. Record a new check if a valid licence arrives.`;
  return null;
}

/** Record a licence check (staff, checked by the action) and audit it, in one transaction. */
export async function recordLicenceCheck({
  inquiryId,
  outcome,
  note,
  actor,
}: {
  inquiryId: string;
  outcome: LicenceCheckOutcome;
  note: string;
  actor: { id: string };
}) {
  const inquiry = await db.inquiry.findUnique({ where: { id: inquiryId }, select: { id: true, kind: true } });
  if (!inquiry) throw new DomainError("not-found", "This inquiry no longer exists.");
  if (!(await controlledItemsOf({ inquiryId })).length)
    throw new DomainError("not-allowed", "This inquiry names no controlled product: there is no licence to check.");
  return db.$transaction(async (tx) => {
    const previous = await latestLicenceCheck(inquiryId, tx);
    const check = await tx.licenceCheck.create({
      data: { inquiryId, checkedById: actor.id, outcome, note: note || null },
      select: { id: true, createdAt: true },
    });
    await recordAudit(tx, {
      actorId: actor.id,
      inquiryId,
      action: "licence-check",
      before: previous ? { outcome: previous.outcome } : undefined,
      after: { outcome, ...(note ? { note } : {}) },
    });
    return check;
  });
}
