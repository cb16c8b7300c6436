import { revalidateTag } from "next/cache";
import { after } from "next/server";
import { requireStaff } from "@/lib/auth/require-staff";
import { cacheTags } from "@/lib/cache-tags";
import type { ImportReport } from "@/lib/catalog/import/import-catalog";
import { checkUpload, importUploadAsEvents, UploadRefused } from "@/lib/catalog/import/import-upload";
import { broadcastExpiredTags } from "@/lib/cache-broadcast";
import { refreshTaggedPages } from "@/lib/proxy-cache";
import { recordAudit } from "@/lib/core/audit";
import { db } from "@/lib/db";

// Past this many changed products one tag for all product pages is cheaper than a tag each.
const TAGS_PER_PRODUCT_UP_TO = 500;

/**
 * POST the raw file (`?file=<name>` gives its name and so its format); the answer streams
 * newline-delimited JSON: progress after every batch, then the report (lib/catalog/import/import-upload.ts).
 */
export async function POST(request: Request) {
  const staff = await requireStaff("ADMIN");
  const fileName = new URL(request.url).searchParams.get("file");
  let format;
  try {
    format = checkUpload({ fileName, contentLength: request.headers.get("content-length"), hasBody: request.body !== null });
  } catch (error) {
    if (error instanceof UploadRefused) return Response.json({ error: error.message }, { status: error.status });
    throw error;
  }

  let finished!: (report: ImportReport | undefined) => void;
  const outcome = new Promise<ImportReport | undefined>((resolve) => (finished = resolve));
  // after() runs once the response has ended, still inside this request, where revalidateTag applies.
  after(async () => {
    const report = await outcome;
    const changed = report?.changed;
    const tags = [
      ...(changed && changed.length <= TAGS_PER_PRODUCT_UP_TO ? changed.map(cacheTags.product) : [cacheTags.allProducts]),
      cacheTags.catalog,
    ];
    for (const tag of tags) revalidateTag(tag, { expire: 0 });
    // The other app instances expire the same pages (PostgreSQL NOTIFY; nothing to do on PGlite).
    await broadcastExpiredTags(tags);
    if (changed?.length) await refreshTaggedPages({ tags: changed.map(cacheTags.product) });
    const summary = report
      ? {
          file: fileName,
          read: report.read,
          inserted: report.inserted,
          updated: report.updated,
          unchanged: report.unchanged,
          rejected: report.rejected.length,
        }
      : { file: fileName, failed: true };
    await recordAudit(db, { actorId: staff.id, action: "catalog.import", after: summary });
  });

  return new Response(importUploadAsEvents({ body: request.body as unknown as AsyncIterable<Uint8Array>, format, onFinished: finished }), {
    headers: { "Content-Type": "application/x-ndjson; charset=utf-8", "Cache-Control": "no-store", "X-Content-Type-Options": "nosniff" },
  });
}
