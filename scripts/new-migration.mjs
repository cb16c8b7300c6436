// npm run db:new -- <name>
// Writes prisma/migrations/<timestamp>_<name>/migration.sql from the difference between the committed
// migrations and prisma/schema.prisma, ready to review or extend with hand-written SQL.
// (`prisma migrate dev --create-only` writes the file but exits 1 with Prisma 6.19's WASM engine.)
import { execFileSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";

const name = (process.argv[2] ?? "").replace(/[^a-z0-9_]/gi, "_");
if (!name) {
  console.error("usage: npm run db:new -- <name>");
  process.exit(2);
}
const sql = execFileSync(
  "prisma",
  ["migrate", "diff", "--from-migrations", "prisma/migrations", "--to-schema-datamodel", "prisma/schema.prisma", "--script"],
  { encoding: "utf8", stdio: ["ignore", "pipe", "inherit"] },
);
const dir = `prisma/migrations/${new Date().toISOString().replace(/\D/g, "").slice(0, 14)}_${name}`;
mkdirSync(dir, { recursive: true });
writeFileSync(`${dir}/migration.sql`, sql);
console.log(`created ${dir}/migration.sql${sql.includes("empty migration") ? " (the schema has no changes: add SQL by hand)" : ""}`);
