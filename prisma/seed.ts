// npm run db:seed — writes the demo catalog, guides, the staff allowlist (STAFF_EMAILS) and demo
// inquiries. Idempotent. Works on embedded PGlite and on PostgreSQL.
import { parseStaffEmails, seedStaff } from "@/lib/auth/allowlist";
import { seedCatalog, SeedDataError } from "@/lib/catalog/seed-catalog";
import { seedDemoLots } from "@/lib/catalog/seed-lots";
import { db, disconnectDb } from "@/lib/db";
import { env } from "@/lib/env";
import { seedGuides } from "@/lib/guides/seed-guides";
import { seedCannedReplies } from "@/lib/triage/replies";
import { seedDemoInquiries } from "@/lib/triage/seed-demo-inquiries";
import * as catalog from "@/prisma/seed-data/catalog";
import { cannedReplies } from "@/prisma/seed-data/canned-replies";
import { demoInquiries } from "@/prisma/seed-data/demo-inquiries";
import { demoLots } from "@/prisma/seed-data/demo-lots";
import { guideReferences, guides } from "@/prisma/seed-data/guides";

async function main() {
  const started = Date.now();
  const result = await seedCatalog(db, catalog);
  const lots = await seedDemoLots(db, demoLots);
  const written = await seedGuides(db, { guides, guideReferences, catalogReferences: catalog.references });
  const staff = await seedStaff(db, parseStaffEmails(env.STAFF_EMAILS));
  await seedCannedReplies(cannedReplies);
  const inquiries = await seedDemoInquiries(demoInquiries);
  console.log(
    `Seeded ${result.products} products, ${lots} demo lots, ${written.guides} guides and their references, ${staff} staff members and ${inquiries} new demo inquiries in ${Date.now() - started} ms`,
  );
}

main()
  .catch((error) => {
    console.error(error instanceof SeedDataError ? error.message : error);
    process.exitCode = 1;
  })
  .finally(disconnectDb);
