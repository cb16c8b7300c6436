import "server-only";
import {
  contentWidth,
  createPdf,
  definitionRows,
  heading,
  endTableRow,
  ensureRoom,
  formatDay,
  letterhead,
  MARGIN,
  pdfColors,
  ruoStatement,
  type Doc,
} from "@/lib/core/pdf";
import { dateKindLabel, lcmsResult, lotResultRows, type CoaData } from "@/lib/catalog/lots";
import { site } from "@/lib/site";

const { INK, MUTED, CAUTION } = pdfColors;

export const coaFilename = ({ product, lot }: CoaData) => `CoA-${product.catalogNumber}-${lot.lotNumber}.pdf`;

/**
 * A lot's certificate of analysis. The same lot always gives the same bytes: the only date that is not
 * the lot's own is the issue date, which is when the lot record last changed.
 */
export function renderCoaPdf(data: CoaData): Promise<Buffer> {
  const { product, lot } = data;
  const { doc, done } = createPdf({
    title: `Certificate of analysis, ${product.name} lot ${lot.lotNumber}`,
    subject: `${product.catalogNumber} lot ${lot.lotNumber}${lot.demo ? " (demo data)" : ""}`,
    date: lot.updatedAt,
  });
  letterhead(doc, {
    title: "CERTIFICATE OF ANALYSIS",
    lines: [`Lot ${lot.lotNumber}`, `Cat. No. ${product.catalogNumber}`, `Issued ${formatDay(lot.updatedAt)}`],
  });
  if (lot.demo) demoBanner(doc);
  heading(doc, "Product");
  definitionRows(doc, [
    ["Product", product.name],
    ["Catalog number", product.catalogNumber],
    ["Form", product.saltForm],
    ["Formula", product.formula],
    ["Molecular weight", `${product.molecularWeight.toFixed(2)} g/mol`],
    ["CAS number", product.casNumber ?? "Not assigned or not confirmed"],
    ["InChIKey", product.inchiKey],
  ]);
  heading(doc, "Lot");
  definitionRows(doc, [
    ["Lot number", lot.lotNumber],
    ["Manufactured", formatDay(lot.manufacturedOn)],
    [dateKindLabel[lot.dateKind], formatDay(lot.useBy)],
  ]);
  heading(doc, "Results");
  resultsTable(doc, data);
  footnotes(doc, data);
  doc.end();
  return done;
}

function demoBanner(doc: Doc) {
  const y = doc.y;
  const text = "DEMO LOT — ILLUSTRATIVE DATA. These results were not measured on any material; they show what a certificate holds.";
  doc.font("bold").fontSize(10);
  const height = doc.heightOfString(text, { width: contentWidth(doc) - 16 }) + 12;
  doc.rect(MARGIN, y, contentWidth(doc), height).lineWidth(1.5).strokeColor(CAUTION).stroke();
  doc.fillColor(CAUTION).text(text, MARGIN + 8, y + 6, { width: contentWidth(doc) - 16 });
  doc.x = MARGIN;
  doc.y = y + height + 6;
}

const columns = [
  { title: "Test", width: 95 },
  { title: "Method", width: 170 },
  { title: "Result", width: 230 },
] as const;

function resultsTable(doc: Doc, data: CoaData) {
  const header = () => {
    const y = doc.y;
    let x = MARGIN;
    doc.font("bold").fontSize(8.5).fillColor(MUTED);
    for (const column of columns) {
      doc.text(column.title, x + 2, y, { width: column.width - 4 });
      x += column.width;
    }
    doc.y += 4;
  };
  header();
  for (const { test, method, result } of lotResultRows(data.lot)) {
    const row = [test, method, result];
    doc.font("regular").fontSize(9.5);
    const height = Math.max(...row.map((text, i) => doc.heightOfString(text, { width: columns[i]!.width - 4 }))) + 8;
    if (doc.y + height > doc.page.height - MARGIN) {
      doc.addPage();
      header();
    }
    const y = doc.y;
    let x = MARGIN;
    for (const [i, text] of row.entries()) {
      doc.font(i === 2 ? "bold" : "regular").fillColor(INK);
      doc.text(text, x + 2, y, { width: columns[i]!.width - 4 });
      x += columns[i]!.width;
    }
    endTableRow(doc, y, height);
  }
}

function footnotes(doc: Doc, { product, lot }: CoaData) {
  const ms = lcmsResult(lot);
  const notes = [
    ms
      ? `Calculated m/z: the monoisotopic mass of the species the ion is formed from, ${lot.parentFormula} (${lot.parentExactMass.toFixed(4)} Da, computed with RDKit from the structure${lot.parentFormula !== product.formula ? "; a salt is seen as its parent, without the counter-ion" : ""}), ${ms.adduct === "[M-H]-" ? "less a proton (1.007276 u)" : ms.adduct === "[M+Na]+" ? "plus Na+ (22.989218 u)" : "plus a proton (1.007276 u)"}.`
      : null,
    `Look this certificate up again by its lot number on the ${site.name} website, page /coa.`,
  ].filter((n): n is string => Boolean(n));
  doc.moveDown(0.8);
  doc.font("regular").fontSize(8.5).fillColor(MUTED);
  for (const note of notes) {
    ensureRoom(doc, doc.heightOfString(note, { width: contentWidth(doc) }) + 4);
    doc.text(note, MARGIN, doc.y, { width: contentWidth(doc) });
    doc.moveDown(0.3);
  }
  doc.moveDown(0.6);
  ensureRoom(doc, 40);
  ruoStatement(doc);
}
