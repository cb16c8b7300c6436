// Writes the hand-curated catalog (prisma/seed-data) into the database. Idempotent: re-running it
// updates records in place. Structure-derived fields always come from RDKit, and a hand-entered
// value that disagrees with the structure stops the seed before anything is written.
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { currencies, parseMoney } from "@/lib/core/money";
import { compareWithComputed, computeStructureProperties, type StructureProperties } from "@/lib/catalog/chemistry";
import type { CategorySeed, MechanismSeed, ProductSeed, ReferenceSeed, TargetSeed } from "@/prisma/seed-data/types";

export type CatalogSeed = {
  references: ReferenceSeed[];
  targets: TargetSeed[];
  mechanisms: MechanismSeed[];
  categories: CategorySeed[];
  products: ProductSeed[];
};

export class SeedDataError extends Error {}

// Another vendor's catalog page is no source for a data sheet: it quotes a database or a paper, which
// is what to cite (or nothing, for identifiers computed here from the structure).
const isProductPage = (url: string) => /\/products?\//i.test(new URL(url).pathname);

/** Check the seed data and compute every product's structure properties, or throw listing every problem. */
export async function prepareCatalogSeed(seed: CatalogSeed) {
  const problems: string[] = [];
  const has = (list: { key?: string; slug?: string }[], id: string) => list.some((x) => (x.key ?? x.slug) === id);
  const seen = new Set<string>();
  const computed = new Map<string, StructureProperties>();
  for (const product of seed.products) {
    const where = `${product.catalogNumber} (${product.name})`;
    if (product.catalogNumber !== product.catalogNumber.toUpperCase()) problems.push(`${where}: catalog number must be upper case`);
    if (seen.has(product.catalogNumber)) problems.push(`${where}: duplicate catalog number`);
    seen.add(product.catalogNumber);
    const refs = [
      product.cas?.ref,
      ...product.references.map((r) => r.ref),
      ...product.activities.map((a) => a.ref),
      ...(product.solubility ?? []).map((s) => s.ref),
      ...(product.controls ?? []).map((c) => c.ref),
    ];
    for (const ref of refs) if (ref && !has(seed.references, ref)) problems.push(`${where}: unknown reference "${ref}"`);
    for (const ref of seed.references.filter((r) => refs.includes(r.key) && r.url && isProductPage(r.url))) {
      problems.push(`${where}: cites a product page (${ref.key}); cite the primary source or database record, or nothing`);
    }
    for (const a of product.activities) {
      if (!has(seed.targets, a.target)) problems.push(`${where}: unknown target "${a.target}"`);
      if (!has(seed.mechanisms, a.mechanism)) problems.push(`${where}: unknown mechanism "${a.mechanism}"`);
    }
    for (const s of product.solubility ?? []) {
      if (!(s.maxMgPerMl > 0)) problems.push(`${where}: solubility in ${s.solvent} must be a positive number of mg/mL`);
    }
    for (const c of product.categories) if (!has(seed.categories, c)) problems.push(`${where}: unknown category "${c}"`);
    const jurisdictions = (product.controls ?? []).map((c) => c.jurisdiction);
    if (new Set(jurisdictions).size !== jurisdictions.length) problems.push(`${where}: two controls for one jurisdiction`);
    for (const pack of product.packSizes) {
      for (const currency of currencies) {
        if (parseMoney(pack.prices[currency]) === null) {
          problems.push(
            `${where}: ${pack.amount} ${pack.unit} has no valid ${currency} price ("${pack.prices[currency]}"; write it like 165.00)`,
          );
        }
      }
    }
    try {
      const properties = await computeStructureProperties(product.smiles);
      computed.set(product.catalogNumber, properties);
      for (const p of compareWithComputed(product.expected ?? {}, properties)) problems.push(`${where}: ${p}`);
    } catch (error) {
      problems.push(`${where}: ${(error as Error).message}`);
    }
  }
  const inchiKeys = new Map<string, string>();
  for (const [catalogNumber, p] of computed) {
    const other = inchiKeys.get(p.inchiKey);
    if (other) problems.push(`${catalogNumber}: same structure (InChIKey ${p.inchiKey}) as ${other}`);
    inchiKeys.set(p.inchiKey, catalogNumber);
  }
  if (problems.length) throw new SeedDataError(`The catalog seed data has ${problems.length} problem(s):\n- ${problems.join("\n- ")}`);
  return computed;
}

/** Insert or update references by key; returns key → id. */
export async function upsertReferences(db: PrismaClient, references: ReferenceSeed[]) {
  const ids = new Map<string, number>();
  for (const { key, ...data } of references) {
    const row = await db.reference.upsert({ where: { key }, create: { key, ...data }, update: data });
    ids.set(key, row.id);
  }
  return ids;
}

export async function seedCatalog(db: PrismaClient, seed: CatalogSeed) {
  const computed = await prepareCatalogSeed(seed);

  const referenceIds = await upsertReferences(db, seed.references);
  const targetIds = new Map<string, number>();
  for (const { slug, ...data } of seed.targets) {
    targetIds.set(slug, (await db.target.upsert({ where: { slug }, create: { slug, ...data }, update: data })).id);
  }
  const mechanismIds = new Map<string, number>();
  for (const { slug, ...data } of seed.mechanisms) {
    mechanismIds.set(slug, (await db.mechanism.upsert({ where: { slug }, create: { slug, ...data }, update: data })).id);
  }
  for (const { slug, ...data } of seed.categories) {
    await db.category.upsert({ where: { slug }, create: { slug, ...data }, update: data });
  }

  for (const product of seed.products) {
    const properties = computed.get(product.catalogNumber)!;
    await db.$transaction(async (tx) => {
      const compound = await tx.compound.upsert({
        where: { slug: product.compound.slug },
        create: product.compound,
        update: { name: product.compound.name },
      });
      const fields = {
        name: product.name,
        synonyms: product.synonyms,
        compoundId: compound.id,
        saltForm: product.saltForm,
        casNumber: product.cas?.number ?? null,
        casReferenceId: product.cas ? referenceIds.get(product.cas.ref)! : null,
        casNote: product.cas?.note ?? null,
        smiles: product.smiles,
        ...properties,
        purity: product.purity ?? null,
        appearance: product.appearance ?? null,
        storage: product.storage ?? null,
        availability: product.availability ?? null,
        description: product.description,
        featured: product.featured ?? false,
        categories: { set: product.categories.map((slug) => ({ slug })) },
      };
      const row = await tx.product.upsert({
        where: { catalogNumber: product.catalogNumber },
        create: { catalogNumber: product.catalogNumber, ...fields, categories: { connect: fields.categories.set } },
        update: fields,
      });
      // Child rows are replaced wholesale: the seed file is their source of truth.
      await tx.packSize.deleteMany({ where: { productId: row.id } });
      await tx.activity.deleteMany({ where: { productId: row.id } });
      await tx.productReference.deleteMany({ where: { productId: row.id } });
      await tx.solubility.deleteMany({ where: { productId: row.id } });
      await tx.productControl.deleteMany({ where: { productId: row.id } });
      for (const [position, { prices, ...pack }] of product.packSizes.entries()) {
        await tx.packSize.create({
          data: {
            ...pack,
            productId: row.id,
            position,
            prices: { create: currencies.map((currency) => ({ currency, amountMinor: parseMoney(prices[currency])! })) },
          },
        });
      }
      await tx.activity.createMany({
        data: product.activities.map(({ target, mechanism, ref, ...a }, position) => ({
          ...a,
          productId: row.id,
          targetId: targetIds.get(target)!,
          mechanismId: mechanismIds.get(mechanism)!,
          referenceId: referenceIds.get(ref)!,
          position,
        })),
      });
      await tx.solubility.createMany({
        data: (product.solubility ?? []).map(({ ref, ...s }, position) => ({
          ...s,
          productId: row.id,
          referenceId: referenceIds.get(ref)!,
          position,
        })),
      });
      await tx.productReference.createMany({
        data: product.references.map(({ ref, supports }, position) => ({
          productId: row.id,
          referenceId: referenceIds.get(ref)!,
          supports,
          position,
        })),
      });
      await tx.productControl.createMany({
        data: (product.controls ?? []).map(({ ref, ...control }, position) => ({
          ...control,
          productId: row.id,
          referenceId: referenceIds.get(ref)!,
          position,
        })),
      });
    });
  }
  return { products: seed.products.length, references: seed.references.length };
}
