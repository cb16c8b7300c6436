import "server-only";
import { db } from "@/lib/db";
import type { ControlSummary } from "@/lib/catalog/control-labels";

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
