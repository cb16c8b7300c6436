// npm run catalog:check
// Checks the whole catalog in DATABASE_URL: recomputes formula, MW and InChIKey from each stored SMILES,
// and looks for CAS numbers failing their check digit, duplicate CAS numbers within a salt form,
// duplicate structures, and missing fingerprints or drawings. Prints the problems; exit code 1 if any.
import { checkCatalogIntegrity } from "@/lib/catalog/import/integrity-check";
import { disconnectDb } from "@/lib/db";

async function main(): Promise<number> {
  const tty = process.stderr.isTTY;
  const report = await checkCatalogIntegrity({
    onProgress: (checked) => {
      if (tty) process.stderr.write(`\r${checked.toLocaleString("en")} products checked\x1b[K`);
    },
  });
  if (tty) process.stderr.write("\r\x1b[K");
  const lines = [
    `${report.checked} product(s) checked in ${(report.durationMs / 1000).toFixed(1)} s: ${report.problems.length} problem(s)`,
  ];
  for (const p of report.problems) lines.push(`  [${p.check}] ${p.message}`);
  process.stdout.write(`${lines.join("\n")}\n`);
  return report.problems.length > 0 ? 1 : 0;
}

main()
  .then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      console.error("The check failed:", error);
      process.exitCode = 2;
    },
  )
  .finally(disconnectDb);
