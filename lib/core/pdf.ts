import "server-only";
import { readFileSync } from "node:fs";
import path from "node:path";
import PDFDocument from "pdfkit";
import { site } from "@/lib/site";

// The documents we print (quotes, certificates of analysis) share one page, font and letterhead, so a
// purchasing office sees the same company on each. Only the layout pieces live here; what each document
// says stays with its domain (lib/quotes/pdf-layout.ts, lib/catalog/coa-pdf.ts).

// DejaVu Sans, embedded (as a subset) in every PDF: it has €, £, µ, —, ¹H and Greek, which the 14
// standard PDF fonts either lack or are not embedded with, and it is read from the package on disk,
// so rendering works offline.
const fontDir = path.join(process.cwd(), "node_modules", "dejavu-fonts-ttf", "ttf");
const fonts = {
  regular: readFileSync(path.join(fontDir, "DejaVuSans.ttf")),
  bold: readFileSync(path.join(fontDir, "DejaVuSans-Bold.ttf")),
};

export const pdfColors = { INK: "#0f1c2e", MUTED: "#44546a", BRAND: "#0b5c7a", RULE: "#d5dce6", CAUTION: "#7a4b00" } as const;
export const MARGIN = 50;

export type Doc = PDFKit.PDFDocument;

// "5 Jan 2027", as the quote pages print dates too.
export { formatDay } from "@/lib/core/quote-terms";

/**
 * An A4 document with the house fonts registered ("regular", "bold"), and its bytes once `doc.end()`
 * is called. The same content always gives the same bytes: pdfkit derives the file ID from the info
 * dictionary, whose dates are `date`, never the clock.
 */
export function createPdf({ title, subject, date }: { title: string; subject: string; date: Date }) {
  const doc = new PDFDocument({
    size: "A4",
    margin: MARGIN,
    font: fonts.regular as unknown as string,
    info: {
      Title: title,
      Author: site.legalName,
      Subject: subject,
      Creator: site.name,
      Producer: site.name,
      CreationDate: date,
      ModDate: date,
    },
    lang: "en-GB",
    displayTitle: true,
  });
  doc.registerFont("regular", fonts.regular);
  doc.registerFont("bold", fonts.bold);
  const chunks: Buffer[] = [];
  doc.on("data", (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);
  });
  return { doc, done };
}

export const contentWidth = (doc: Doc) => doc.page.width - 2 * MARGIN;

/** Ends a table row drawn from `y`: a hairline under it, and the cursor at the next row's start. */
export function endTableRow(doc: Doc, y: number, height: number) {
  doc
    .moveTo(MARGIN, y + height - 4)
    .lineTo(MARGIN + contentWidth(doc), y + height - 4)
    .strokeColor(pdfColors.RULE)
    .lineWidth(0.5)
    .stroke();
  doc.x = MARGIN;
  doc.y = y + height;
}

export function ensureRoom(doc: Doc, height: number) {
  if (doc.y + height > doc.page.height - MARGIN) doc.addPage();
}

/** Our name and address on the left; the document's title and its identifying lines on the right. */
export function letterhead(doc: Doc, { title, lines }: { title: string; lines: string[] }) {
  const { INK, MUTED, BRAND } = pdfColors;
  const top = MARGIN;
  doc.font("bold").fontSize(18).fillColor(BRAND).text(site.name, MARGIN, top);
  doc.font("regular").fontSize(8.5).fillColor(MUTED);
  doc.text([site.legalName, ...site.address, `${site.phone} · ${site.email}`].join("\n"), MARGIN, top + 24, { width: 250 });

  const right = MARGIN + contentWidth(doc) - 220;
  doc.font("bold").fontSize(16).fillColor(INK).text(title, right, top, { width: 220, align: "right" });
  // A title that wraps ("CERTIFICATE OF ANALYSIS") pushes the lines down rather than printing over them.
  const linesTop = Math.max(top + 24, doc.y + 4);
  doc.font("regular").fontSize(9).fillColor(INK);
  doc.text(lines.join("\n"), right, linesTop, { width: 220, align: "right" });

  doc.y = Math.max(doc.y, top + 100);
}

/** Label/value rows (a label column, then the value wrapped in the rest of the width). */
export function definitionRows(doc: Doc, rows: [string, string][], { labelWidth = 105, fontSize = 9 } = {}) {
  const { INK, MUTED } = pdfColors;
  for (const [name, value] of rows) {
    doc.font("regular").fontSize(fontSize);
    ensureRoom(doc, doc.heightOfString(value, { width: contentWidth(doc) - labelWidth - 5 }) + 6);
    const y = doc.y;
    doc.font("bold").fillColor(MUTED).text(name, MARGIN, y, { width: labelWidth });
    doc
      .font("regular")
      .fillColor(INK)
      .text(value, MARGIN + labelWidth + 5, y, { width: contentWidth(doc) - labelWidth - 5 });
    doc.y += 4;
  }
  doc.x = MARGIN;
}

/** The research-use-only statement, in the caution colour every document prints it in. */
/** A section heading over a rule, the same in every document. */
export function heading(doc: Doc, text: string) {
  ensureRoom(doc, 40);
  doc.moveDown(0.6);
  doc.font("bold").fontSize(11).fillColor(pdfColors.INK).text(text, MARGIN, doc.y);
  doc
    .moveTo(MARGIN, doc.y + 2)
    .lineTo(MARGIN + contentWidth(doc), doc.y + 2)
    .strokeColor(pdfColors.RULE)
    .lineWidth(1)
    .stroke();
  doc.y += 8;
}

export function ruoStatement(doc: Doc) {
  doc
    .font("bold")
    .fontSize(9)
    .fillColor(pdfColors.CAUTION)
    .text(site.ruoNotice, { width: contentWidth(doc) });
}
