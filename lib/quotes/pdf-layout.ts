import "server-only";
import { formatMoney, formatPercent, lineAmounts, quoteTotals, type Currency } from "@/lib/core/money";
import {
  contentWidth,
  createPdf,
  definitionRows,
  endTableRow,
  ensureRoom,
  letterhead as houseLetterhead,
  MARGIN,
  pdfColors,
  ruoStatement,
  type Doc,
} from "@/lib/core/pdf";
import { formatDay, quoteLabel } from "@/lib/core/quote-terms";
import { incoterms, type Incoterm } from "@/lib/quotes/schema";

export type QuotePdfLine = {
  catalogNumber: string | null;
  description: string;
  packSize: string | null;
  grade: string | null;
  quantity: number;
  unitPriceMinor: number;
  discountBasisPoints: number;
  leadTime: string | null;
};

export type QuotePdfData = {
  number: string;
  revision: number;
  reference: string;
  currency: Currency;
  /** The date printed as "Issued", and the PDF's CreationDate: sentAt, or createdAt for a draft. */
  issuedAt: Date;
  draft: boolean;
  validUntil: Date;
  buyerName: string;
  buyerInstitution: string;
  buyerAddress: string | null;
  paymentTerms: string;
  incoterms: string;
  taxNote: string;
  notes: string | null;
  shippingMinor: number;
  lines: QuotePdfLine[];
  requesterPageUrl: string;
};

const { INK, MUTED, BRAND, RULE } = pdfColors;

// Column x positions and widths on an A4 page (595 pt wide, 495 pt inside the margins).
const columns = [
  { key: "catalog", title: "Cat. no.", width: 68, align: "left" },
  { key: "description", title: "Description", width: 190, align: "left" },
  { key: "quantity", title: "Qty", width: 32, align: "right" },
  { key: "unit", title: "Unit price", width: 72, align: "right" },
  { key: "discount", title: "Disc.", width: 45, align: "right" },
  { key: "total", title: "Line total", width: 88, align: "right" },
] as const;
type Column = (typeof columns)[number]["key"];

/** The quote as a PDF. The same data always gives the same bytes: dates and the file ID come from `issuedAt`. */
export function renderQuotePdf(data: QuotePdfData): Promise<Buffer> {
  const label = quoteLabel(data);
  const { doc, done } = createPdf({ title: `Quotation ${label}`, subject: `Quotation for ${data.reference}`, date: data.issuedAt });
  letterhead(doc, data, label);
  linesTable(doc, data);
  terms(doc, data);
  doc.end();
  return done;
}

function letterhead(doc: Doc, data: QuotePdfData, label: string) {
  houseLetterhead(doc, {
    title: data.draft ? "DRAFT QUOTATION" : "QUOTATION",
    lines: [
      `Quote ${label}`,
      `Your request ${data.reference}`,
      `Issued ${formatDay(data.issuedAt)}`,
      `Valid until ${formatDay(data.validUntil)}`,
    ],
  });
  doc.font("bold").fontSize(9).fillColor(MUTED).text("Prepared for", MARGIN, doc.y);
  doc.font("regular").fontSize(10).fillColor(INK);
  doc.text([data.buyerName, data.buyerInstitution, data.buyerAddress].filter(Boolean).join("\n"), { width: 300 });
  doc.moveDown(1.2);
}

function cellTexts(line: QuotePdfLine, currency: Currency): Record<Column, string> {
  const amounts = lineAmounts(line);
  const details = [
    line.packSize ? `Pack size: ${line.packSize}` : null,
    line.grade ? `Grade: ${line.grade}` : null,
    line.leadTime ? `Lead time: ${line.leadTime}` : null,
  ].filter(Boolean);
  return {
    catalog: line.catalogNumber ?? "—",
    description: [line.description, details.join(" · ")].filter(Boolean).join("\n"),
    quantity: String(line.quantity),
    unit: formatMoney(line.unitPriceMinor, currency),
    discount: line.discountBasisPoints ? formatPercent(line.discountBasisPoints) : "—",
    total: formatMoney(amounts.totalMinor, currency),
  };
}

function tableHeader(doc: Doc) {
  const y = doc.y;
  let x = MARGIN;
  doc.font("bold").fontSize(8.5).fillColor(MUTED);
  for (const column of columns) {
    doc.text(column.title, x + 2, y, { width: column.width - 4, align: column.align });
    x += column.width;
  }
  doc
    .moveTo(MARGIN, doc.y + 3)
    .lineTo(MARGIN + contentWidth(doc), doc.y + 3)
    .strokeColor(RULE)
    .lineWidth(1)
    .stroke();
  doc.y += 8;
}

function linesTable(doc: Doc, data: QuotePdfData) {
  tableHeader(doc);
  for (const line of data.lines) {
    const texts = cellTexts(line, data.currency);
    doc.font("regular").fontSize(9);
    const height = Math.max(...columns.map((c) => doc.heightOfString(texts[c.key], { width: c.width - 4 }))) + 8;
    if (doc.y + height > doc.page.height - MARGIN) {
      doc.addPage();
      tableHeader(doc);
    }
    const y = doc.y;
    let x = MARGIN;
    for (const column of columns) {
      doc.font(column.key === "total" ? "bold" : "regular").fillColor(INK);
      doc.text(texts[column.key], x + 2, y, { width: column.width - 4, align: column.align });
      x += column.width;
    }
    endTableRow(doc, y, height);
  }

  const totals = quoteTotals(data.lines, data.shippingMinor);
  const rows: [string, string][] = [
    ["Subtotal", formatMoney(totals.subtotalMinor, data.currency)],
    ["Shipping and handling", formatMoney(totals.shippingMinor, data.currency)],
    [`Total (${data.currency})`, formatMoney(totals.totalMinor, data.currency)],
  ];
  ensureRoom(doc, 60);
  doc.moveDown(0.5);
  const labelX = MARGIN + contentWidth(doc) - 250;
  for (const [i, [name, value]] of rows.entries()) {
    const last = i === rows.length - 1;
    const y = doc.y;
    doc
      .font(last ? "bold" : "regular")
      .fontSize(last ? 11 : 9.5)
      .fillColor(INK);
    doc.text(name, labelX, y, { width: 150 });
    doc.text(value, labelX + 150, y, { width: 100, align: "right" });
    doc.y = Math.max(doc.y, y) + 3;
  }
  doc.x = MARGIN;
  doc.moveDown(1);
}

function terms(doc: Doc, data: QuotePdfData) {
  const term =
    data.incoterms in incoterms ? `${data.incoterms} (${incoterms[data.incoterms as Incoterm]}), Incoterms® 2020` : data.incoterms;
  const rows: [string, string][] = [
    ["Currency", data.currency],
    ["Valid until", `${formatDay(data.validUntil)} (end of day, UTC)`],
    ["Payment terms", data.paymentTerms],
    ["Delivery terms", term],
    ["Tax", data.taxNote],
    ...(data.notes ? ([["Notes", data.notes]] as [string, string][]) : []),
  ];
  definitionRows(doc, rows);
  doc.moveDown(0.8);
  ensureRoom(doc, 70);
  doc.font("regular").fontSize(9).fillColor(INK);
  doc.text("To accept this quote, ask a question or download it again, open your request page:", MARGIN, doc.y, {
    width: contentWidth(doc),
  });
  doc.fillColor(BRAND).text(data.requesterPageUrl, { width: contentWidth(doc), link: data.requesterPageUrl, underline: true });
  doc
    .fillColor(INK)
    .text("Use the private link in the email that carried this quote to sign in to that page.", { width: contentWidth(doc) });
  doc.moveDown(0.8);
  ruoStatement(doc);
}
