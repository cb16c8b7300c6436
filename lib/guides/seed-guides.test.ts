import { beforeAll, describe, expect, it } from "vitest";
import { seedCatalog, SeedDataError } from "@/lib/catalog/seed-catalog";
import { db } from "@/lib/db";
import { citationOrder } from "@/lib/guides/citations";
import { getGuide, getGuidesForProduct } from "@/lib/guides/guides";
import { renderGuideMarkdown } from "@/lib/guides/markdown";
import { checkGuideSeed, seedGuides } from "@/lib/guides/seed-guides";
import * as catalog from "@/prisma/seed-data/catalog";
import { guideReferences, guides } from "@/prisma/seed-data/guides";

const seed = { guides, guideReferences, catalogReferences: catalog.references };

beforeAll(async () => {
  await seedCatalog(db, catalog);
  await seedGuides(db, seed);
});

describe("seeded guides", () => {
  it("include the LY3020371 hydrochloride vs ketamine guide, linked from B8105958", async () => {
    const linked = await getGuidesForProduct({ catalogNumber: "B8105958" });
    expect(linked.map((g) => g.slug)).toContain("ly3020371-hydrochloride-vs-ketamine");
    const guide = await getGuide({ slug: "ly3020371-hydrochloride-vs-ketamine" });
    const pmids = guide!.references.map((r) => r.reference.pmid);
    expect(pmids).toEqual(expect.arrayContaining(["28138040", "28285123"]));
    expect(guide!.products.map((p) => p.product.catalogNumber)).toEqual(expect.arrayContaining(["B8105958", "B8106012"]));
  });

  it("give every reference a PMID or DOI, and resolve every [n] marker to an entry", async () => {
    expect(guides.length).toBeGreaterThanOrEqual(3);
    for (const { slug } of guides) {
      const guide = (await getGuide({ slug }))!;
      expect(guide.references.length).toBe(citationOrder(guide.body).length);
      for (const { reference } of guide.references) expect(reference.pmid || reference.doi, `${slug}: ${reference.key}`).toBeTruthy();
      const numbers = new Map(guide.references.map((r) => [r.reference.key, r.position]));
      const { html } = await renderGuideMarkdown(guide.body, (key) => numbers.get(key));
      expect(html, slug).not.toContain("[?]");
      const markers = [...html.matchAll(/href="#ref-(\d+)"/g)].map((m) => Number(m[1]));
      expect(markers.length, slug).toBeGreaterThan(0);
      expect(Math.max(...markers), slug).toBeLessThanOrEqual(guide.references.length);
      expect(new Set(markers).size, slug).toBe(guide.references.length);
    }
  });

  it("refuse a guide that cites an unknown source or a source without PMID/DOI", () => {
    const bad = { ...seed, guides: [{ ...guides[0]!, body: "Claim [@nobody2020]. Other [@marenco2002]." }] };
    expect(() => checkGuideSeed(bad, new Set(["B8105958"]))).toThrow(SeedDataError);
    expect(() => checkGuideSeed(bad, new Set())).toThrow(
      /unknown reference \[@nobody2020\][\s\S]*marenco2002 has neither a PMID nor a DOI/,
    );
  });
});
