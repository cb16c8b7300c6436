import "server-only";
import { CsvFormatError } from "@/lib/catalog/import/parse-csv";
import { importCatalog, type ImportProgress, type ImportReport } from "@/lib/catalog/import/import-catalog";
import { catalogFileFormat, readCatalogBytes } from "@/lib/catalog/import/read-catalog-file";
import { log } from "@/lib/core/log";

import { MAX_UPLOAD_BYTES } from "@/lib/catalog/import/upload-limit";

export { MAX_UPLOAD_BYTES };

/** One line of the newline-delimited JSON an upload answers with, as the import goes. */
export type ImportEvent =
  | { type: "progress"; bytes: number; progress: ImportProgress }
  | { type: "report"; report: Omit<ImportReport, "changed"> & { changed: number } }
  | { type: "error"; message: string };

export class UploadRefused extends Error {
  constructor(
    message: string,
    readonly status: number,
  ) {
    super(message);
  }
}

/** The checks an upload must pass before anything is read: a CSV or SD file name, a size within the limit. */
export function checkUpload({
  fileName,
  contentLength,
  hasBody,
}: {
  fileName: string | null;
  contentLength: string | null;
  hasBody: boolean;
}) {
  const format = fileName ? catalogFileFormat(fileName) : undefined;
  if (!format) throw new UploadRefused("Choose a .csv or .sdf file.", 415);
  if (!hasBody) throw new UploadRefused("The file is empty.", 400);
  if (contentLength !== null && Number(contentLength) > MAX_UPLOAD_BYTES) throw new UploadRefused(tooLarge(), 413);
  return format;
}

const tooLarge = () => `The file is larger than ${MAX_UPLOAD_BYTES / 1024 / 1024} MB: split it, or import it with npm run catalog:import.`;

/** The body's bytes, stopped past the limit whatever Content-Length said (a chunked upload has none). */
async function* limited(body: AsyncIterable<Uint8Array>) {
  let total = 0;
  for await (const chunk of body) {
    total += chunk.length;
    if (total > MAX_UPLOAD_BYTES) throw new UploadRefused(tooLarge(), 413);
    yield chunk;
  }
}

/**
 * Import an uploaded catalog file and tell the uploader how it goes: a progress line after every batch,
 * then the report (or the error that stopped the import). `onFinished` gets the catalog numbers whose
 * cached pages must be refreshed.
 */
export function importUploadAsEvents({
  body,
  format,
  onFinished,
}: {
  body: AsyncIterable<Uint8Array>;
  format: NonNullable<ReturnType<typeof catalogFileFormat>>;
  onFinished: (report: ImportReport | undefined) => void;
}): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  return new ReadableStream({
    async start(controller) {
      const send = (event: ImportEvent) => controller.enqueue(encoder.encode(`${JSON.stringify(event)}\n`));
      let bytes = 0;
      let report: ImportReport | undefined;
      try {
        report = await importCatalog(
          readCatalogBytes(limited(body), format, (n) => (bytes = n)),
          {
            onProgress: (progress) => send({ type: "progress", bytes, progress }),
          },
        );
        send({ type: "report", report: { ...report, changed: report.changed.length } });
      } catch (error) {
        const known = error instanceof UploadRefused || error instanceof CsvFormatError;
        if (!known) log.error("catalog-import.upload-failed", { error });
        send({
          type: "error",
          message: known
            ? (error as Error).message
            : "The import stopped on an unexpected error; batches already written are kept. Try again, or use npm run catalog:import for the full report.",
        });
      } finally {
        onFinished(report);
        controller.close();
      }
    },
  });
}
