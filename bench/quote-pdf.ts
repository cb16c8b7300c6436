// npm run bench:quote-pdf [-- --renders 20]
//
// Quote PDF rendering (lib/quotes/pdf-layout.ts, no database): the median and p95 time of rendering a
// two-line quote and a full 50-line quote, and the size in bytes of each. Each PDF is rendered once
// first, so font loading and subsetting code are warm, as in a running server.
import { performance } from "node:perf_hooks";
import { parseArgs } from "node:util";
import { renderQuotePdf, type QuotePdfData, type QuotePdfLine } from "@/lib/quotes/pdf-layout";
import { printTable, summarize } from "./stats";

const { values: args } = parseArgs({ options: { renders: { type: "string", default: "20" } } });
const renders = Number(args.renders);

const catalogLine: QuotePdfLine = {
  catalogNumber: "B8105958",
  description: "LY3020371 hydrochloride",
  packSize: "10 mg",
  grade: "Research grade",
  quantity: 1,
  unitPriceMinor: 98000,
  discountBasisPoints: 0,
  leadTime: "In stock — ships within 2 business days",
};
const customLine: QuotePdfLine = {
  catalogNumber: null,
  description: "Analytical package: ¹H NMR, LC-MS, HPLC purity, CoA",
  packSize: null,
  grade: null,
  quantity: 1,
  unitPriceMinor: 25000,
  discountBasisPoints: 1000,
  leadTime: null,
};

function quote(lines: QuotePdfLine[]): QuotePdfData {
  return {
    number: "QT-2026-000123",
    revision: 2,
    reference: "Q-2026-000456",
    currency: "EUR",
    issuedAt: new Date("2026-12-06T09:30:00Z"),
    draft: false,
    validUntil: new Date("2027-01-05T00:00:00Z"),
    buyerName: "Dr Ana Ruiz",
    buyerInstitution: "Example University",
    buyerAddress: "Carrer de Example 1\n08001 Barcelona\nSpain",
    paymentTerms: "30 days net from the invoice date, by bank transfer",
    incoterms: "FCA",
    taxNote: "Prices exclude VAT and sales tax.",
    notes: null,
    shippingMinor: 4500,
    lines,
    requesterPageUrl: "https://reagentdesk.example/requests/Q-2026-000456",
  };
}

async function measure(name: string, data: QuotePdfData) {
  const first = await renderQuotePdf(data);
  const times: number[] = [];
  for (let i = 0; i < renders; i++) {
    const start = performance.now();
    const bytes = await renderQuotePdf(data);
    times.push(performance.now() - start);
    if (!bytes.equals(first)) throw new Error("Two renderings of one quote differ");
  }
  const { n, p50, p95, max } = summarize(times);
  return {
    quote: name,
    renders: String(n),
    "median ms": p50.toFixed(1),
    "p95 ms": p95.toFixed(1),
    "max ms": max.toFixed(1),
    bytes: String(first.length),
  };
}

async function main() {
  printTable([
    await measure("2 lines", quote([catalogLine, customLine])),
    await measure("50 lines", quote(Array.from({ length: 50 }, (_, i) => (i % 2 ? customLine : catalogLine)))),
  ]);
}

void main();
