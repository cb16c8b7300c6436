import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { inquiryKinds } from "@/lib/inquiries/kinds";
import { inboxOrderBy, type InboxSort } from "@/lib/triage/inbox-query";
import { statusLabels } from "@/lib/inquiries/status";

export type CsvValue = string | number | Date | null | undefined;

// OWASP CSV injection: spreadsheets run a cell starting with one of these as a formula. TAB and CR
// count too, as some spreadsheets skip them before reading the rest of the cell.
const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]|^\s|\s$/;

/** One CSV field: RFC 4180 quoting, with text that a spreadsheet would run as a formula neutralised. */
export function csvCell(value: CsvValue): string {
  if (value === null || value === undefined) return "";
  // A real number is data: "-2" from a number column must stay a negative number, not become text.
  if (typeof value === "number") return Number.isFinite(value) ? String(value) : "";
  const text = value instanceof Date ? value.toISOString() : FORMULA_START.test(value) ? `'${value}` : value;
  return NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function csvRow(cells: readonly CsvValue[]): string {
  return `${cells.map(csvCell).join(",")}\r\n`;
}

export const EXPORT_BATCH_SIZE = 500;

const HEADER = [
  "Reference",
  "Kind",
  "Status",
  "Assignee",
  "Requester name",
  "Requester email",
  "Institution",
  "Country",
  "Products",
  "Quantities",
  "Compound",
  "SMILES",
  "CAS number",
  "Created (UTC)",
  "First response due (UTC)",
  "First response at (UTC)",
  "First response time (hours)",
  "Closed (UTC)",
];

const exportSelect = {
  id: true,
  reference: true,
  kind: true,
  status: true,
  name: true,
  email: true,
  institution: true,
  country: true,
  createdAt: true,
  updatedAt: true,
  firstResponseDueAt: true,
  firstResponseAt: true,
  closedAt: true,
  assignee: { select: { name: true } },
  details: true,
  items: { select: { catalogNumber: true, productName: true, quantity: true, unit: true }, orderBy: { position: "asc" } },
} satisfies Prisma.InquirySelect;

/** What a custom synthesis asked for, from its stored answers (lib/inquiries/schema.ts). */
type SynthesisDetails = { compoundName?: string; smiles?: string; cas?: string; quantity?: number; unit?: string };

const amount = (quantity: number | null | undefined, unit: string | null | undefined) =>
  quantity == null ? "" : `${quantity} ${unit ?? ""}`.trim();

type ExportRow = Prisma.InquiryGetPayload<{ select: typeof exportSelect }>;

function exportCells(row: ExportRow): CsvValue[] {
  const responseHours = row.firstResponseAt ? Math.round((row.firstResponseAt.getTime() - row.createdAt.getTime()) / 360_000) / 10 : null;
  const synthesis: SynthesisDetails = row.kind === "CUSTOM_SYNTHESIS" ? ((row.details ?? {}) as SynthesisDetails) : {};
  // A quote's quantities, one per product in the Products column's order; a synthesis has one of its own.
  const quantities =
    row.kind === "CUSTOM_SYNTHESIS"
      ? amount(synthesis.quantity, synthesis.unit)
      : row.items.some((item) => item.quantity !== null)
        ? row.items.map((item) => amount(item.quantity, item.unit)).join("; ")
        : "";
  return [
    row.reference,
    inquiryKinds[row.kind].label,
    statusLabels[row.status],
    row.assignee?.name,
    row.name,
    row.email,
    row.institution,
    row.country,
    row.items.map((item) => `${item.catalogNumber} ${item.productName}`).join("; "),
    quantities,
    synthesis.compoundName,
    synthesis.smiles,
    synthesis.cas,
    row.createdAt,
    row.firstResponseDueAt,
    row.firstResponseAt,
    responseHours,
    row.closedAt,
  ];
}

type KeysetColumn = "createdAt" | "firstResponseDueAt" | "updatedAt";

// Each inbox sort is one timestamp column with the id as tie-breaker, in the same direction as
// inboxOrderBy, so a batch can start strictly after the last row of the previous one.
const keysets: Record<InboxSort, { column: KeysetColumn; direction: "asc" | "desc" }> = {
  newest: { column: "createdAt", direction: "desc" },
  oldest: { column: "createdAt", direction: "asc" },
  due: { column: "firstResponseDueAt", direction: "asc" },
  // updatedAt changes while the export runs: an inquiry edited meanwhile may be skipped or repeated.
  updated: { column: "updatedAt", direction: "desc" },
};

function afterRow(sort: InboxSort, last: ExportRow): Prisma.InquiryWhereInput {
  const { column, direction } = keysets[sort];
  const beyond = direction === "asc" ? "gt" : "lt";
  const value = last[column];
  return { OR: [{ [column]: { [beyond]: value } }, { [column]: value, id: { [beyond]: last.id } }] };
}

/**
 * The inquiries matching `where` as a UTF-8 CSV stream (with a BOM, so Excel reads the accents),
 * in the inbox's `sort` order. Rows are read in keyset-paginated batches only when the reader asks
 * for more, so a large export neither holds every row in memory nor outruns a slow client; unlike
 * skip/offset, a row inserted or deleted meanwhile shifts no later batch.
 */
export function inquiryCsvStream(
  where: Prisma.InquiryWhereInput,
  { sort = "newest", batchSize = EXPORT_BATCH_SIZE }: { sort?: InboxSort; batchSize?: number } = {},
): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  let headerSent = false;
  let last: ExportRow | undefined;
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      if (!headerSent) {
        headerSent = true;
        controller.enqueue(encoder.encode(`\uFEFF${csvRow(HEADER)}`));
        return;
      }
      const rows = await db.inquiry.findMany({
        where: last ? { AND: [where, afterRow(sort, last)] } : where,
        orderBy: inboxOrderBy(sort),
        take: batchSize,
        select: exportSelect,
      });
      if (rows.length) controller.enqueue(encoder.encode(rows.map((row) => csvRow(exportCells(row))).join("")));
      if (rows.length < batchSize) controller.close();
      else last = rows.at(-1);
    },
  });
}
