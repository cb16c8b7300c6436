import "@citation-js/plugin-bibtex";
import "@citation-js/plugin-ris";
import { Cite } from "@citation-js/core";
import { describe, expect, it } from "vitest";
import { bibtexCitation, plainCitation, risCitation, type CitableGuide } from "@/lib/guides/cite";

const guide: CitableGuide = {
  slug: "ly3020371-hydrochloride-vs-ketamine",
  title: "LY3020371 hydrochloride vs. ketamine: preclinical antidepressant profiles & 100% {cited} facts",
  author: "Reagent Desk scientific support team",
  publishedAt: new Date("2026-09-15T00:00:00Z"),
  revisedAt: null,
  url: "http://localhost:3000/guides/ly3020371-hydrochloride-vs-ketamine",
  publisher: "Reagent Desk",
};
const accessed = new Date("2026-11-26T12:00:00Z");

describe("Cite this guide", () => {
  it("writes BibTeX that a BibTeX parser reads back with the same title, author, year and URL", async () => {
    const parsed = (await Cite.async(bibtexCitation(guide, accessed))).data[0];
    expect(parsed.title).toBe("LY3020371 hydrochloride vs. ketamine: preclinical antidepressant profiles & 100% cited facts");
    // Kept whole (not split into given and family names) thanks to the double braces.
    expect(parsed.author).toEqual([{ family: "Reagent Desk scientific support team" }]);
    expect(parsed.issued["date-parts"][0][0]).toBe(2026);
    expect(parsed.URL).toBe(guide.url);
  });

  it("writes RIS that a RIS parser reads back", async () => {
    const ris = risCitation(guide, accessed);
    expect(ris.startsWith("TY  - ELEC\r\n")).toBe(true);
    expect(ris.trimEnd().endsWith("ER  -")).toBe(true);
    const parsed = (await Cite.async(ris)).data[0];
    expect(parsed.title).toBe(guide.title);
    expect(parsed.URL).toBe(guide.url);
    expect(parsed.issued["date-parts"][0][0]).toBe(2026);
  });

  it("writes a plain-text citation with the access date", () => {
    expect(plainCitation(guide, accessed)).toBe(
      `Reagent Desk scientific support team. ${guide.title}. Reagent Desk; 2026. Available at: ${guide.url} (accessed 2026-11-26).`,
    );
  });
});
