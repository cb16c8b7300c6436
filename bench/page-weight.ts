// npm run bench:page-weight -- [--path /products/B8105958] <base URL> [<base URL> …]
//
// What a browser downloads for one page, from each running server given (for example the build
// before a change on one port and the build after it on another, side by side in one run): bytes on
// the wire (Chrome's encodedDataLength: compressed, with headers) and decoded, split into the
// document, scripts, styles and the rest; first as loaded, then after scrolling to the bottom, which
// is when the product page fetches its lazily loaded parts (the calculators). System Chromium,
// headless, cache disabled, one page load per server.
import { parseArgs } from "node:util";
import { chromium } from "@playwright/test";
import { findChromium } from "../scripts/browser.cjs";
import { printTable } from "./stats";

const { values: args, positionals: servers } = parseArgs({
  options: { path: { type: "string", default: "/products/B8105958" } },
  allowPositionals: true,
});
if (servers.length === 0) throw new Error("give one or more base URLs, e.g. http://127.0.0.1:4400");

type Kind = "document" | "script" | "stylesheet" | "other";
type Totals = Record<Kind, { wire: number; decoded: number; count: number }>;
const empty = (): Totals => ({
  document: { wire: 0, decoded: 0, count: 0 },
  script: { wire: 0, decoded: 0, count: 0 },
  stylesheet: { wire: 0, decoded: 0, count: 0 },
  other: { wire: 0, decoded: 0, count: 0 },
});

async function weigh(base: string) {
  const browser = await chromium.launch({ executablePath: findChromium()?.executablePath, args: ["--no-sandbox"] });
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Network.enable");
  await cdp.send("Network.setCacheDisabled", { cacheDisabled: true });
  const types = new Map<string, Kind>();
  const decoded = new Map<string, number>();
  let totals = empty();
  cdp.on("Network.responseReceived", (e) => {
    const t = e.type === "Document" ? "document" : e.type === "Script" ? "script" : e.type === "Stylesheet" ? "stylesheet" : "other";
    types.set(e.requestId, t);
  });
  cdp.on("Network.dataReceived", (e) => decoded.set(e.requestId, (decoded.get(e.requestId) ?? 0) + e.dataLength));
  cdp.on("Network.loadingFinished", (e) => {
    const row = totals[types.get(e.requestId) ?? "other"];
    row.wire += e.encodedDataLength;
    row.decoded += decoded.get(e.requestId) ?? 0;
    row.count += 1;
  });
  await page.goto(base + args.path, { waitUntil: "networkidle" });
  const loaded = totals;
  totals = empty();
  await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
  await page.waitForTimeout(1500);
  await page.waitForLoadState("networkidle");
  const onScroll = totals;
  await browser.close();
  return { loaded, onScroll };
}

const kB = (n: number) => (n / 1000).toFixed(1);

async function main() {
  const rows: Record<string, string>[] = [];
  for (const base of servers) {
    const { loaded, onScroll } = await weigh(base);
    const sum = (t: Totals, f: "wire" | "decoded") => Object.values(t).reduce((s, r) => s + r[f], 0);
    rows.push({
      server: base,
      "document kB (wire/decoded)": `${kB(loaded.document.wire)} / ${kB(loaded.document.decoded)}`,
      "scripts kB": `${kB(loaded.script.wire)} / ${kB(loaded.script.decoded)} (${loaded.script.count})`,
      "styles kB": `${kB(loaded.stylesheet.wire)} / ${kB(loaded.stylesheet.decoded)}`,
      "other kB": `${kB(loaded.other.wire)} / ${kB(loaded.other.decoded)} (${loaded.other.count})`,
      "total on load kB": `${kB(sum(loaded, "wire"))} / ${kB(sum(loaded, "decoded"))}`,
      "added on scroll kB": `${kB(sum(onScroll, "wire"))} / ${kB(sum(onScroll, "decoded"))}`,
    });
  }
  console.log(`\n${args.path}: bytes a browser downloads (wire = compressed + headers / decoded)\n`);
  printTable(rows);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
