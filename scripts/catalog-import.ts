// npm run catalog:import -- <file.csv|file.sdf> [--batch-size=500] [--workers=<cores>] [--recompute]
// Imports catalog products from a CSV or SD file into DATABASE_URL (see lib/catalog/import/import-catalog.ts
// for the columns and checks). Progress goes to stderr (a bar on a terminal, else a line every 10%);
// the report goes to stdout. --workers sets the RDKit worker threads (default: one per core; 0 runs
// RDKit in the main thread); --recompute recomputes structure properties even for unchanged SMILES.
// Exit codes: 0 every record imported; 1 some records rejected (the others are imported);
// 2 the file cannot be read (missing, unreadable, not CSV/SDF, no header); 3 the import failed.
import { constants } from "node:fs";
import { access, stat } from "node:fs/promises";
import { availableParallelism } from "node:os";
import { basename } from "node:path";
import { CsvFormatError } from "@/lib/catalog/import/parse-csv";
import { inlineStructureComputer, workerStructureComputer } from "@/lib/catalog/import/structure-computer";
import { createRDKitPool } from "@/lib/catalog/rdkit-pool";
import { importCatalog, type ImportProgress, type ImportReport } from "@/lib/catalog/import/import-catalog";
import { catalogFileFormat, readCatalogFile } from "@/lib/catalog/import/read-catalog-file";
import { disconnectDb } from "@/lib/db";

const SHOWN_REJECTIONS = 50;
const USAGE = "usage: npm run catalog:import -- <file.csv|file.sdf> [--batch-size=500] [--workers=N] [--recompute]";

class UnreadableFileError extends Error {}

function parseArgs(argv: string[]) {
  const files: string[] = [];
  let batchSize = 500;
  let recompute = false;
  let workers = availableParallelism();
  for (const arg of argv) {
    if (arg === "--recompute") recompute = true;
    else if (arg.startsWith("--batch-size=")) batchSize = Number(arg.slice("--batch-size=".length));
    else if (arg.startsWith("--workers=")) workers = Number(arg.slice("--workers=".length));
    else if (arg.startsWith("--")) throw new UnreadableFileError(`unknown option ${arg}\n${USAGE}`);
    else files.push(arg);
  }
  if (files.length !== 1) throw new UnreadableFileError(USAGE);
  if (!Number.isInteger(batchSize) || batchSize < 1) throw new UnreadableFileError(`--batch-size must be a positive integer\n${USAGE}`);
  if (!Number.isInteger(workers) || workers < 0) throw new UnreadableFileError(`--workers must be 0 or more\n${USAGE}`);
  return { file: files[0]!, batchSize, recompute, workers };
}

/** Progress through the file by bytes read: the record count is unknown until the end. */
function progressReporter(fileSize: number) {
  const tty = process.stderr.isTTY;
  const started = performance.now();
  let bytes = 0;
  let lastDecile = 0;
  const line = (p: ImportProgress, fraction: number) => {
    const rate = p.read / Math.max((performance.now() - started) / 1000, 0.001);
    return `${Math.floor(fraction * 100)}%  ${p.read.toLocaleString("en")} read, ${p.rejected} rejected, ${Math.round(rate)} records/s`;
  };
  return {
    onBytes: (n: number) => {
      bytes = n;
    },
    onProgress: (p: ImportProgress) => {
      const fraction = fileSize > 0 ? Math.min(bytes / fileSize, 1) : 1;
      if (tty) {
        const width = 30;
        const filled = Math.round(fraction * width);
        process.stderr.write(`\r[${"#".repeat(filled)}${" ".repeat(width - filled)}] ${line(p, fraction)}\x1b[K`);
      } else {
        const decile = Math.floor(fraction * 10);
        if (decile > lastDecile) {
          lastDecile = decile;
          process.stderr.write(`${line(p, fraction)}\n`);
        }
      }
    },
    done: () => {
      if (tty) process.stderr.write("\r\x1b[K");
    },
  };
}

function printReport(file: string, report: ImportReport) {
  const seconds = report.durationMs / 1000;
  const rate = report.read / Math.max(seconds, 0.001);
  const out: string[] = [
    `${basename(file)}: ${report.read} record(s) read in ${seconds.toFixed(1)} s (${rate.toFixed(0)} records/s)`,
    `  inserted   ${report.inserted}`,
    `  updated    ${report.updated}`,
    `  unchanged  ${report.unchanged}`,
    `  rejected   ${report.rejected.length}`,
  ];
  if (report.ignoredFields.length) out.push(`Ignored columns (no catalog field by that name): ${report.ignoredFields.join(", ")}`);
  if (report.rejected.length) {
    out.push("", `Rejected records (${report.rejected.length}; fix them and import the file again):`);
    for (const r of report.rejected.slice(0, SHOWN_REJECTIONS)) {
      out.push(`  line ${r.line}${r.catalogNumber ? ` ${r.catalogNumber}` : ""}: ${r.reasons.join("; ")}`);
    }
    if (report.rejected.length > SHOWN_REJECTIONS) out.push(`  … and ${report.rejected.length - SHOWN_REJECTIONS} more`);
  }
  process.stdout.write(`${out.join("\n")}\n`);
}

function isFileError(error: unknown) {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  return error instanceof CsvFormatError || (typeof code === "string" && ["ENOENT", "EACCES", "EISDIR", "EIO", "EPERM"].includes(code));
}

async function main(): Promise<number> {
  const { file, batchSize, recompute, workers } = parseArgs(process.argv.slice(2));
  const format = catalogFileFormat(file);
  if (!format) throw new UnreadableFileError(`${file}: not a .csv or .sdf file\n${USAGE}`);
  // Checked before the import starts, so a typo in the path never opens the database.
  let size: number;
  try {
    const info = await stat(file);
    if (!info.isFile()) throw new UnreadableFileError(`${file}: not a file`);
    await access(file, constants.R_OK);
    size = info.size;
  } catch (error) {
    if (error instanceof UnreadableFileError) throw error;
    throw new UnreadableFileError(`${file}: cannot be read (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
  }
  const progress = progressReporter(size);
  let report: ImportReport;
  try {
    report = await importCatalog(readCatalogFile(file, { format, onBytes: progress.onBytes }), {
      batchSize,
      recompute,
      structures:
        workers > 0 ? workerStructureComputer({ pool: createRDKitPool({ size: workers }), ownsPool: true }) : inlineStructureComputer(),
      onProgress: progress.onProgress,
    });
  } catch (error) {
    if (isFileError(error)) throw new UnreadableFileError(`${file}: ${(error as Error).message}`);
    throw error;
  } finally {
    progress.done();
  }
  printReport(file, report);
  return report.rejected.length > 0 ? 1 : 0;
}

main()
  .then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      if (error instanceof UnreadableFileError) {
        console.error(error.message);
        process.exitCode = 2;
      } else {
        console.error("The import failed:", error);
        process.exitCode = 3;
      }
    },
  )
  .finally(disconnectDb);
