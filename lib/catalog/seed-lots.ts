// Writes the demo lots (prisma/seed-data/demo-lots.ts) for the seeded products. Idempotent: a lot is
// found by product and lot number and updated in place. Each is checked with the staff form's schema
// and stored with `demo: true`, so it is printed as illustrative data wherever it shows.
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { computeParentSpecies } from "@/lib/catalog/chemistry";
import { lotSchema } from "@/lib/catalog/lot-schema";
import { lotRow } from "@/lib/catalog/lots";
import type { DemoLotSeed } from "@/prisma/seed-data/demo-lots";

export async function seedDemoLots(db: PrismaClient, lots: DemoLotSeed[]) {
  let written = 0;
  for (const seed of lots) {
    const input = lotSchema.parse({ ...seed, demo: true });
    const product = await db.product.findUnique({ where: { catalogNumber: input.catalogNumber }, select: { id: true, smiles: true } });
    if (!product) throw new Error(`Demo lot ${input.lotNumber}: no product ${input.catalogNumber}`);
    const data = lotRow(input, await computeParentSpecies(product.smiles));
    await db.lot.upsert({
      where: { productId_lotNumber: { productId: product.id, lotNumber: input.lotNumber } },
      create: { ...data, productId: product.id },
      update: data,
    });
    written++;
  }
  return written;
}
