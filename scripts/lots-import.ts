// npm run catalog:import-lots -- <lots.csv>
// Imports lots (one row per lot; columns in lib/catalog/import/import-lots.ts, LOT_COLUMNS) into
// DATABASE_URL. Exit codes: 0 every row imported; 1 some rows rejected (the others are imported);
// 2 the file cannot be read; 3 the import failed.
import { createReadStream } from "node:fs";
import { importLots } from "@/lib/catalog/import/import-lots";
import { CsvFormatError, parseCsv } from "@/lib/catalog/import/parse-csv";
import { decodeTextChunks } from "@/lib/catalog/import/read-catalog-file";
import { db, disconnectDb } from "@/lib/db";

async function main() {
  const file = process.argv[2];
  if (!file || process.argv.length > 3) {
    console.error("usage: npm run catalog:import-lots -- <lots.csv>");
    return 2;
  }
  try {
    const report = await importLots(parseCsv(decodeTextChunks(createReadStream(file))), { client: db });
    console.log(`${file}: ${report.inserted} new, ${report.updated} updated, ${report.rejected.length} rejected`);
    for (const { line, reasons } of report.rejected) console.log(`  line ${line}: ${reasons.join("; ")}`);
    return report.rejected.length ? 1 : 0;
  } catch (error) {
    if (error instanceof CsvFormatError || (error as NodeJS.ErrnoException).code === "ENOENT") {
      console.error(`${file}: ${(error as Error).message}`);
      return 2;
    }
    console.error(error);
    return 3;
  }
}

main()
  .then((code) => (process.exitCode = code))
  .finally(disconnectDb);
