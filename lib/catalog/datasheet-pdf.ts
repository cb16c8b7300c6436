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
import { formatSignificant, mgPerMlToMillimolar } from "@/lib/catalog/calculators";
import { numberProductReferences, referenceLinks, referenceText } from "@/lib/catalog/citations";
import type { ProductDetail } from "@/lib/catalog/products";
import { site } from "@/lib/site";

const { INK, MUTED } = pdfColors;

/**
 * A product's datasheet: what its page says that a safety office or a lab notebook keeps on paper —
 * identifiers, the structure, properties, activities with their sources, solubility, storage and the
 * research-use statement. Prices, lots and calculators stay on the page (they change).
 */
export function renderDatasheetPdf({ product, structureSvg, date }: { product: ProductDetail; structureSvg: string; date: Date }) {
  const refs = numberProductReferences(product);
  const { doc, done } = createPdf({ title: `Datasheet, ${product.name} (${product.catalogNumber})`, subject: product.catalogNumber, date });
  letterhead(doc, { title: "PRODUCT DATASHEET", lines: [`Cat. No. ${product.catalogNumber}`, `Printed ${formatDay(date)}`] });

  doc
    .font("bold")
    .fontSize(15)
    .fillColor(INK)
    .text(product.name, MARGIN, doc.y, { width: contentWidth(doc) });
  doc.moveDown(0.3);

  heading(doc, "Identifiers");
  definitionRows(doc, [
    ["Catalog number", product.catalogNumber],
    ["Name", product.name],
    ["Form", product.saltForm],
    [
      "CAS number",
      product.casNumber
        ? `${product.casNumber}${product.casReference ? ` [${refs.numberOf(product.casReference)}]` : ""}`
        : "Not assigned or not confirmed",
    ],
    ...(product.synonyms.length ? [["Synonyms", product.synonyms.join("; ")] as [string, string]] : []),
    ["Molecular formula", product.formula],
    ["Molecular weight", `${product.molecularWeight.toFixed(2)} g/mol`],
    ["InChIKey", product.inchiKey],
    ["SMILES", product.smiles],
  ]);

  if (structureSvg) {
    heading(doc, "Structure");
    const width = 280;
    const height = 210;
    ensureRoom(doc, height + 10);
    const x = MARGIN + (contentWidth(doc) - width) / 2;
    drawStructureSvg(doc, structureSvg, { x, y: doc.y, width, height });
    doc.x = MARGIN;
    doc.y += height + 6;
  }

  heading(doc, "Properties");
  definitionRows(doc, [
    ["Exact mass", `${product.exactMass.toFixed(4)} Da`],
    ["Appearance", product.appearance ?? "—"],
    ["Purity", product.purity ?? "—"],
    ["Description", product.description],
  ]);
  note(doc, "Formula, molecular weight, exact mass and InChIKey are computed from the structure with RDKit.");

  heading(doc, "Biological activity");
  if (product.activities.length) {
    table(
      doc,
      [
        { title: "Target", width: 90 },
        { title: "Mechanism", width: 80 },
        { title: "Measure", width: 45 },
        { title: "Value", width: 60 },
        { title: "Species / assay", width: 190 },
        { title: "Ref.", width: 30 },
      ],
      product.activities.map((a) => [
        a.target.name,
        a.mechanism.name,
        a.measure ?? "—",
        a.value !== null ? `${a.relation ?? ""}${formatNumber(a.value)} ${a.unit ?? ""}`.trim() : "—",
        [a.species, a.assay].filter(Boolean).join("; ") || "—",
        `[${refs.numberOf(a.reference)}]`,
      ]),
    );
  } else {
    paragraph(doc, "No activity data recorded for this product.");
  }

  heading(doc, "Solubility");
  if (product.solubilities.length) {
    const atLeast = (s: { atLeast: boolean }) => (s.atLeast ? "≥ " : "");
    table(
      doc,
      [
        { title: "Solvent", width: 110 },
        { title: "Max mg/mL", width: 70 },
        { title: "Max mM", width: 70 },
        { title: "Conditions", width: 185 },
        { title: "Source", width: 60 },
      ],
      product.solubilities.map((s) => [
        s.solvent,
        `${atLeast(s)}${formatSignificant(s.maxMgPerMl)}`,
        `${atLeast(s)}${formatSignificant(mgPerMlToMillimolar(s.maxMgPerMl, product.molecularWeight))}`,
        s.conditions ?? "—",
        s.reference ? `[${refs.numberOf(s.reference)}]` : "In-house",
      ]),
    );
    note(
      doc,
      `mM from mg/mL with this form's molecular weight (${product.molecularWeight.toFixed(2)} g/mol). ≥: the source did not reach saturation.`,
    );
  } else {
    paragraph(doc, "No solubility data yet. Ask our support team about your solvent.");
  }

  heading(doc, "Storage");
  paragraph(doc, product.storage ?? "Ask us for storage conditions.");

  if (refs.list.length) {
    heading(doc, "References");
    for (const [i, ref] of refs.list.entries()) {
      const links = referenceLinks(ref)
        .map((l) => l.label)
        .join(" · ");
      const text = `[${i + 1}] ${referenceText(ref)}${links ? ` ${links}` : ""}`;
      doc.font("regular").fontSize(8.5);
      ensureRoom(doc, doc.heightOfString(text, { width: contentWidth(doc) }) + 3);
      doc.fillColor(INK).text(text, MARGIN, doc.y, { width: contentWidth(doc) });
      doc.moveDown(0.25);
    }
  }

  doc.moveDown(0.8);
  note(
    doc,
    `The current lot's certificate of analysis and the safety data sheets are linked from the product's page on the ${site.name} website, /products/${product.catalogNumber}.`,
  );
  doc.moveDown(0.4);
  ensureRoom(doc, 40);
  ruoStatement(doc);
  doc.end();
  return done;
}

function paragraph(doc: Doc, text: string) {
  doc.font("regular").fontSize(9.5);
  ensureRoom(doc, doc.heightOfString(text, { width: contentWidth(doc) }) + 4);
  doc.fillColor(INK).text(text, MARGIN, doc.y, { width: contentWidth(doc) });
}

function note(doc: Doc, text: string) {
  doc.font("regular").fontSize(8);
  ensureRoom(doc, doc.heightOfString(text, { width: contentWidth(doc) }) + 4);
  doc.fillColor(MUTED).text(text, MARGIN, doc.y + 2, { width: contentWidth(doc) });
}

/** A table whose header is repeated on each page it runs onto; the widths add up to the content width. */
function table(doc: Doc, columns: { title: string; width: number }[], rows: string[][]) {
  const header = () => {
    const y = doc.y;
    let x = MARGIN;
    doc.font("bold").fontSize(8.5).fillColor(MUTED);
    for (const column of columns) {
      doc.text(column.title, x + 2, y, { width: column.width - 4 });
      x += column.width;
    }
    doc.y = y + 14;
  };
  ensureRoom(doc, 40);
  header();
  for (const row of rows) {
    doc.font("regular").fontSize(9);
    const height = Math.max(...row.map((text, i) => doc.heightOfString(text, { width: columns[i]!.width - 4 }))) + 8;
    if (doc.y + height > doc.page.height - MARGIN) {
      doc.addPage();
      header();
    }
    const y = doc.y;
    let x = MARGIN;
    for (const [i, text] of row.entries()) {
      doc.fillColor(INK).text(text, x + 2, y, { width: columns[i]!.width - 4 });
      x += columns[i]!.width;
    }
    endTableRow(doc, y, height);
  }
}

function formatNumber(value: number) {
  return value.toLocaleString("en-US", { maximumFractionDigits: 3 });
}

// Attribute values may span lines (RDKit writes an atom label's outline over several).
const attribute = (tag: string, name: string) => new RegExp(`\\s${name}=(['"])([\\s\\S]*?)\\1`).exec(tag)?.[2];
const styleOf = (tag: string) =>
  new Map(
    (attribute(tag, "style") ?? "")
      .split(";")
      .map((part) => part.split(":").map((s) => s.trim()))
      .filter((pair): pair is [string, string] => pair.length === 2 && Boolean(pair[0])),
  );
const paint = (value: string | undefined) => (value && value !== "none" && /^#[0-9a-f]{3,6}$/i.test(value) ? value : undefined);

/**
 * Draws the stored RDKit drawing (lib/catalog/chemistry.ts) as vector paths: pdfkit cannot place an
 * SVG, but RDKit's is only <path> elements (bonds stroked, atom labels as filled glyph outlines) and
 * the odd <ellipse> (radicals), and pdfkit reads SVG path data itself. Scaled to fit the box, centred.
 */
export function drawStructureSvg(doc: Doc, svg: string, box: { x: number; y: number; width: number; height: number }) {
  const [, , vbWidth = 320, vbHeight = 240] = (attribute(/<svg\b[^>]*>/.exec(svg)?.[0] ?? "", "viewBox") ?? "0 0 320 240")
    .split(/[\s,]+/)
    .map(Number);
  const scale = Math.min(box.width / vbWidth, box.height / vbHeight);
  doc.save();
  doc.translate(box.x + (box.width - vbWidth * scale) / 2, box.y + (box.height - vbHeight * scale) / 2).scale(scale);
  for (const [tag, element] of Array.from(svg.matchAll(/<(path|ellipse)\b[^>]*>/g), (m) => [m[0], m[1]] as const)) {
    const style = styleOf(tag);
    const fill = paint(style.get("fill") ?? attribute(tag, "fill"));
    const stroke = paint(style.get("stroke") ?? attribute(tag, "stroke"));
    if (!fill && !stroke) continue;
    if (element === "path") {
      const d = attribute(tag, "d");
      if (!d) continue;
      doc.path(d.replace(/\s+/g, " "));
    } else {
      const [cx, cy, rx, ry] = ["cx", "cy", "rx", "ry"].map((name) => Number(attribute(tag, name)));
      if (![cx, cy, rx, ry].every(Number.isFinite)) continue;
      doc.ellipse(cx!, cy!, rx!, ry!);
    }
    const width = Number.parseFloat(style.get("stroke-width") ?? "1");
    if (stroke) doc.lineWidth(Number.isFinite(width) ? width : 1);
    if (fill && stroke) doc.fillAndStroke(fill, stroke, "even-odd");
    else if (fill) doc.fill(fill, "even-odd");
    else doc.stroke(stroke);
  }
  doc.restore();
}
