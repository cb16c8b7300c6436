// npm run db:seed — writes the demo catalog and guides. Works on embedded PGlite and on PostgreSQL.
import { db, disconnectDb } from "@/lib/db";
import { seedCatalog, SeedDataError } from "@/lib/catalog/seed-catalog";
import { seedGuides } from "@/lib/guides/seed-guides";
import * as catalog from "@/prisma/seed-data/catalog";
import { guideReferences, guides } from "@/prisma/seed-data/guides";

async function main() {
  const started = Date.now();
  const result = await seedCatalog(db, catalog);
  const written = await seedGuides(db, { guides, guideReferences, catalogReferences: catalog.references });
  console.log(`Seeded ${result.products} products, ${written.guides} guides and their references in ${Date.now() - started} ms`);
}

main()
  .catch((error) => {
    console.error(error instanceof SeedDataError ? error.message : error);
    process.exitCode = 1;
  })
  .finally(disconnectDb);
