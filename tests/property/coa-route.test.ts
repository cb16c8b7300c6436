// The CoA route handler, called as Next calls it, with hostile catalog and lot numbers: a PDF for a
// real lot, 404 for anything else, never an exception (a NUL or a 10 kB "lot number" included).
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { GET as coaPdf } from "@/app/(site)/products/[catalogNumber]/lots/[lot]/coa.pdf/route";
import { db } from "@/lib/db";
import { seedCatalog } from "@/lib/catalog/seed-catalog";
import { seedDemoLots } from "@/lib/catalog/seed-lots";
import * as catalog from "@/prisma/seed-data/catalog";
import { demoLots } from "@/prisma/seed-data/demo-lots";
import { hostileString, RUNS } from "@/tests/property/hostile";

const call = (catalogNumber: string, lot: string) =>
  coaPdf(new Request("http://127.0.0.1/coa"), { params: Promise.resolve({ catalogNumber, lot }) });

beforeAll(async () => {
  await seedCatalog(db, catalog);
  await seedDemoLots(db, demoLots);
});

describe("GET /products/<no>/lots/<lot>/coa.pdf", () => {
  it("serves a real lot's PDF in any letter case", async () => {
    const response = await call("b8105958", "rd26-0412");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/pdf");
    expect(
      Buffer.from(await response.arrayBuffer())
        .subarray(0, 5)
        .toString(),
    ).toBe("%PDF-");
  });

  it("answers 404 to any other catalog and lot number", async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(hostileString, fc.constant("B8105958")), hostileString, async (no, lot) => {
        fc.pre(lot.trim().toUpperCase() !== "RD26-0412" && lot.trim().toUpperCase() !== "RD23-0117");
        expect((await call(no, lot)).status).toBe(404);
      }),
      { numRuns: RUNS },
    );
  }, 120_000);
});
