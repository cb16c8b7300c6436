// Writes the seeded guides. Every citation must resolve to a reference with a PMID or DOI, and
// every covered product must exist; otherwise the seed stops and lists the problems.
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { GuideKind } from "@/lib/generated/prisma/enums";
import { SeedDataError, upsertReferences } from "@/lib/catalog/seed-catalog";
import { citationOrder } from "@/lib/guides/citations";
import type { GuideSeed, ReferenceSeed } from "@/prisma/seed-data/types";

const kinds: Record<GuideSeed["kind"], GuideKind> = {
  comparison: "COMPARISON",
  "application-note": "APPLICATION_NOTE",
  troubleshooting: "TROUBLESHOOTING",
  protocol: "PROTOCOL",
};

export type GuidesSeed = { guides: GuideSeed[]; guideReferences: ReferenceSeed[]; catalogReferences: ReferenceSeed[] };

export function checkGuideSeed({ guides, guideReferences, catalogReferences }: GuidesSeed, catalogNumbers: Set<string>) {
  const references = new Map([...catalogReferences, ...guideReferences].map((r) => [r.key, r]));
  const problems: string[] = [];
  for (const guide of guides) {
    for (const key of citationOrder(guide.body)) {
      const ref = references.get(key);
      if (!ref) problems.push(`${guide.slug}: cites unknown reference [@${key}]`);
      else if (!ref.pmid && !ref.doi) problems.push(`${guide.slug}: reference ${key} has neither a PMID nor a DOI`);
    }
    for (const { catalogNumber } of guide.products) {
      if (!catalogNumbers.has(catalogNumber)) problems.push(`${guide.slug}: covers unknown product ${catalogNumber}`);
    }
  }
  if (problems.length) throw new SeedDataError(`The guide seed data has ${problems.length} problem(s):\n- ${problems.join("\n- ")}`);
}

export async function seedGuides(db: PrismaClient, seed: GuidesSeed) {
  const products = await db.product.findMany({ select: { id: true, catalogNumber: true } });
  checkGuideSeed(seed, new Set(products.map((p) => p.catalogNumber)));
  const referenceIds = await upsertReferences(db, seed.guideReferences);
  for (const ref of await db.reference.findMany({ select: { id: true, key: true } })) referenceIds.set(ref.key, ref.id);
  const productIds = new Map(products.map((p) => [p.catalogNumber, p.id]));

  for (const guide of seed.guides) {
    await db.$transaction(async (tx) => {
      const fields = {
        title: guide.title,
        summary: guide.summary,
        kind: kinds[guide.kind],
        author: guide.author,
        publishedAt: new Date(`${guide.publishedAt}T00:00:00Z`),
        revisedAt: guide.updatedAt ? new Date(`${guide.updatedAt}T00:00:00Z`) : null,
        body: guide.body,
      };
      const row = await tx.guide.upsert({ where: { slug: guide.slug }, create: { slug: guide.slug, ...fields }, update: fields });
      await tx.guideReference.deleteMany({ where: { guideId: row.id } });
      await tx.guideProduct.deleteMany({ where: { guideId: row.id } });
      await tx.guideReference.createMany({
        data: citationOrder(guide.body).map((key, i) => ({ guideId: row.id, referenceId: referenceIds.get(key)!, position: i + 1 })),
      });
      await tx.guideProduct.createMany({
        data: guide.products.map((p, i) => ({
          guideId: row.id,
          productId: productIds.get(p.catalogNumber)!,
          role: p.role,
          position: i + 1,
        })),
      });
    });
  }
  return { guides: seed.guides.length };
}
