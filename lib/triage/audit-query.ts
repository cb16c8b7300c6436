// The audit log's URL state (/staff/audit?before=<ISO timestamp>): the page's own "Older entries"
// link writes it. A hand-edited value is ignored and said so, never passed to the database.
import { z } from "zod";
import { withinDatabaseRange } from "@/lib/triage/inbox-query";

export const auditQuerySchema = z.object({
  before: z.iso.datetime().refine(withinDatabaseRange).optional().catch(undefined),
});

type RawParams = Record<string, string | string[] | undefined>;

/** The page's filter, and whether the link held a value that was ignored. */
export function parseAuditQuery(params: RawParams): { before?: Date; ignored: boolean } {
  const raw = Array.isArray(params.before) ? params.before[0] : params.before;
  const { before } = auditQuerySchema.parse({ before: raw });
  return { before: before ? new Date(before) : undefined, ignored: raw !== undefined && !before };
}
