import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { minorToDecimal } from "@/lib/core/money";
import { orderOrderBy } from "@/lib/orders/list-query";
import { orderStatusLabels } from "@/lib/orders/status";
import { quoteLabel } from "@/lib/core/quote-terms";
import { csvRow, EXPORT_BATCH_SIZE, type CsvValue } from "@/lib/triage/export-csv";

const HEADER = [
  "Order",
  "Status",
  "Inquiry",
  "Quote",
  "PO number",
  "Requester name",
  "Requester email",
  "Institution",
  "Country",
  "Currency",
  "Total",
  "Carrier",
  "Tracking number",
  "Created (UTC)",
  "Shipped (UTC)",
  "Delivered (UTC)",
];

const exportSelect = {
  id: true,
  number: true,
  status: true,
  poNumber: true,
  currency: true,
  totalMinor: true,
  carrier: true,
  trackingNumber: true,
  createdAt: true,
  shippedAt: true,
  deliveredAt: true,
  quote: { select: { number: true, revision: true } },
  inquiry: { select: { reference: true, name: true, email: true, institution: true, country: true } },
} satisfies Prisma.OrderSelect;

type ExportRow = Prisma.OrderGetPayload<{ select: typeof exportSelect }>;

function exportCells(row: ExportRow): CsvValue[] {
  return [
    row.number,
    orderStatusLabels[row.status],
    row.inquiry.reference,
    quoteLabel(row.quote),
    row.poNumber,
    row.inquiry.name,
    row.inquiry.email,
    row.inquiry.institution,
    row.inquiry.country,
    row.currency,
    // A decimal string rather than a number: "1234.50" keeps its cents, and the text is ours, never a formula.
    minorToDecimal(row.totalMinor),
    row.carrier,
    row.trackingNumber,
    row.createdAt,
    row.shippedAt,
    row.deliveredAt,
  ];
}

/**
 * The orders matching `where` as a UTF-8 CSV stream with a BOM, newest first, read in keyset batches
 * on (createdAt, id) as the inquiry export does, with its injection-safe cells.
 */
export function orderCsvStream(where: Prisma.OrderWhereInput, { batchSize = EXPORT_BATCH_SIZE } = {}): ReadableStream<Uint8Array> {
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
      const after: Prisma.OrderWhereInput | undefined = last && {
        OR: [{ createdAt: { lt: last.createdAt } }, { createdAt: last.createdAt, id: { lt: last.id } }],
      };
      const rows = await db.order.findMany({
        where: after ? { AND: [where, after] } : where,
        orderBy: orderOrderBy,
        take: batchSize,
        select: exportSelect,
      });
      if (rows.length) controller.enqueue(encoder.encode(rows.map((row) => csvRow(exportCells(row))).join("")));
      if (rows.length < batchSize) controller.close();
      else last = rows.at(-1);
    },
  });
}
