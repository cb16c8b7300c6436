import "server-only";
import { db } from "@/lib/db";

const PREFIX = "QT";

/** QT-2026-000123: the number every revision of one quote shares. */
export function formatQuoteNumber(year: number, value: number) {
  return `${PREFIX}-${year}-${String(value).padStart(6, "0")}`;
}

/**
 * The next quote number of the year. Taken in its own statement, as inquiry references are: the
 * counter row is locked only for this increment, and a draft that is never saved leaves a gap.
 */
export async function nextQuoteNumber(now = new Date()) {
  const year = now.getUTCFullYear();
  const [{ value }] = await db.$queryRaw<[{ value: number }]>`
    INSERT INTO "ReferenceCounter" (prefix, year, value) VALUES (${PREFIX}, ${year}, 1)
    ON CONFLICT (prefix, year) DO UPDATE SET value = "ReferenceCounter".value + 1
    RETURNING value`;
  return formatQuoteNumber(year, value);
}
