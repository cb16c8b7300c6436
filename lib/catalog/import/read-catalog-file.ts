// Opens a catalog file (CSV or SDF, by extension) as the record stream importCatalog takes. SDF data
// fields become columns and the molblock a "molblock" column, so both formats map the same way.
import { createReadStream } from "node:fs";
import { extname } from "node:path";
import { parseCsv } from "@/lib/catalog/import/parse-csv";
import { parseSdf } from "@/lib/catalog/import/parse-sdf";
import type { CatalogSourceRecord } from "@/lib/catalog/import/import-catalog";

export type CatalogFileFormat = "csv" | "sdf";

export function catalogFileFormat(path: string): CatalogFileFormat | undefined {
  const ext = extname(path).toLowerCase();
  if (ext === ".csv") return "csv";
  if (ext === ".sdf" || ext === ".sd") return "sdf";
  return undefined;
}

/**
 * Bytes (a file stream, an upload's body) as text, chunk by chunk. `onBytes` is told the running byte
 * count, which is how a caller shows progress through a file whose record count is unknown until the end.
 */
export async function* decodeTextChunks(bytes: AsyncIterable<Uint8Array>, onBytes?: (bytesRead: number) => void): AsyncGenerator<string> {
  // TextDecoder in streaming mode keeps a multi-byte character split across chunks intact.
  const decoder = new TextDecoder("utf-8");
  let count = 0;
  for await (const chunk of bytes) {
    count += chunk.length;
    onBytes?.(count);
    yield decoder.decode(chunk, { stream: true });
  }
  const tail = decoder.decode();
  if (tail) yield tail;
}

export async function* sdfToCatalogRecords(records: ReturnType<typeof parseSdf>): AsyncGenerator<CatalogSourceRecord> {
  for await (const { line, record, problems } of records) {
    yield { line, record: { ...record.fields, molblock: record.molblock }, ...(problems ? { problems } : {}) };
  }
}

/** Catalog records from the bytes of a CSV or SD file. */
export function readCatalogBytes(
  bytes: AsyncIterable<Uint8Array>,
  format: CatalogFileFormat,
  onBytes?: (bytesRead: number) => void,
): AsyncIterable<CatalogSourceRecord> {
  const chunks = decodeTextChunks(bytes, onBytes);
  return format === "csv" ? parseCsv(chunks) : sdfToCatalogRecords(parseSdf(chunks));
}

export function readCatalogFile(
  path: string,
  { format = catalogFileFormat(path), onBytes }: { format?: CatalogFileFormat; onBytes?: (bytesRead: number) => void } = {},
): AsyncIterable<CatalogSourceRecord> {
  if (!format) throw new Error(`${path}: use a .csv or .sdf file`);
  return readCatalogBytes(createReadStream(path) as AsyncIterable<Buffer>, format, onBytes);
}
