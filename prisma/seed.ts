// npm run db:seed — writes the demo catalog. Works on embedded PGlite and on PostgreSQL.
import { db, disconnectDb } from "@/lib/db";
import { seedCatalog, SeedDataError } from "@/lib/catalog/seed-catalog";
import * as catalog from "@/prisma/seed-data/catalog";

async function main() {
  const started = Date.now();
  const result = await seedCatalog(db, catalog);
  console.log(`Seeded ${result.products} products and ${result.references} references in ${Date.now() - started} ms`);
}

main()
  .catch((error) => {
    console.error(error instanceof SeedDataError ? error.message : error);
    process.exitCode = 1;
  })
  .finally(disconnectDb);
