// npm run bench:coa-pdf [-- --renders 20]
//
// Certificate-of-analysis rendering (lib/catalog/coa-pdf.ts, no database): median and p95 time of
// rendering the demo lot RD26-0412 of B8105958 with every result, and the size in bytes. Rendered once
// first, so font loading is warm, as in a running server.
import { performance } from "node:perf_hooks";
import { parseArgs } from "node:util";
import { renderCoaPdf } from "@/lib/catalog/coa-pdf";
import type { CoaData } from "@/lib/catalog/lots";
import { printTable, summarize } from "./stats";

const { values: args } = parseArgs({ options: { renders: { type: "string", default: "20" } } });
const renders = Number(args.renders);

const data: CoaData = {
  product: {
    catalogNumber: "B8105958",
    name: "LY3020371 hydrochloride",
    saltForm: "hydrochloride",
    formula: "C15H16ClF2NO5S",
    molecularWeight: 395.81,
    casNumber: null,
    inchiKey: "XETSGLSGWGGOTN-JPWNOPPSSA-N",
  },
  lot: {
    id: 1,
    lotNumber: "RD26-0412",
    manufacturedOn: new Date("2026-04-21T00:00:00Z"),
    useBy: new Date("2028-04-20T00:00:00Z"),
    dateKind: "RETEST",
    quantityAvailable: 420,
    quantityUnit: "mg",
    appearance: "White to off-white solid",
    waterPercent: 0.4,
    waterMethod: "Karl Fischer, coulometric",
    hplcPurity: 99.2,
    hplcWavelengthNm: 220,
    nmrConsistent: true,
    nmrConclusion: "400 MHz, DMSO-d6",
    msAdduct: "M_PLUS_H",
    msMzFound: 360.0716,
    parentFormula: "C15H15F2NO5S",
    parentExactMass: 359.063900084,
    demo: true,
    updatedAt: new Date("2026-12-06T09:30:00Z"),
  },
};

async function main() {
  const first = await renderCoaPdf(data);
  const times: number[] = [];
  for (let i = 0; i < renders; i++) {
    const start = performance.now();
    const bytes = await renderCoaPdf(data);
    times.push(performance.now() - start);
    if (!bytes.equals(first)) throw new Error("Two renderings of one lot differ");
  }
  const { n, p50, p95, max } = summarize(times);
  printTable([
    {
      document: "CoA, 5 results",
      renders: String(n),
      "median ms": p50.toFixed(1),
      "p95 ms": p95.toFixed(1),
      "max ms": max.toFixed(1),
      bytes: String(first.length),
    },
  ]);
}

void main();
