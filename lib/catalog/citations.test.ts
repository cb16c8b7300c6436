import { describe, expect, it } from "vitest";
import { referenceParts, referenceText } from "@/lib/catalog/citations";
import { references } from "@/prisma/seed-data/catalog";
import { guideReferences } from "@/prisma/seed-data/guides";

const seeded = (key: string) => {
  const ref = [...references, ...guideReferences].find((r) => r.key === key)!;
  return { authors: null, journal: null, year: null, volume: null, pages: null, ...ref };
};

describe("reference entries", () => {
  it("punctuate authors, title, journal, year and volume:pages in one style (Vancouver)", () => {
    expect(referenceParts(seeded("witkin2017jpet"))).toEqual({
      authors: "Witkin JM, Mitchell SN, Wafford KA, et al.",
      title: expect.stringMatching(/^Comparative effects of LY3020371, .* for the treatment of depression\.$/),
      journal: "J Pharmacol Exp Ther.",
      publication: "2017;361:68-86.",
    });
    expect(referenceText(seeded("kingston1998"))).toBe(
      "Kingston AE, Ornstein PL, Wright RA, Johnson BG, Mayne NG, Burnett JP, Belagaje R, Wu S, Schoepp DD. LY341495 is a nanomolar potent and selective antagonist of group II metabotropic glutamate receptors. Neuropharmacology. 1998;37:1-12.",
    );
  });

  it("leave out what a source lacks without doubling or dropping punctuation", () => {
    // No pages; no authors; a database record with only a title.
    expect(referenceParts(seeded("marek2020")).publication).toBe("2020;374.");
    expect(referenceText(seeded("psychnews2019-rapastinel"))).toBe("Rapastinel fails phase 3 trials. Psychiatric News. 2019.");
    expect(referenceText(seeded("gsrs-ketamine-hcl"))).toBe(
      "KETAMINE HYDROCHLORIDE (NCATS Inxight Drugs / GSRS substance record O18YUO0I83).",
    );
    expect(referenceText({ authors: "Doe J", title: "Does it work?", journal: null, year: 2020, volume: null, pages: "12" })).toBe(
      "Doe J. Does it work? 2020:12.",
    );
  });

  it("read the same for every seeded source: each part closed by its full stop, never two", () => {
    for (const ref of [...references, ...guideReferences]) {
      const text = referenceText(seeded(ref.key));
      expect(text, ref.key).not.toMatch(/\.\.|\s[.,;:]|[^.?!]$/);
      if (ref.authors) expect(text, ref.key).toMatch(/^.+?\. /);
      if (ref.journal) expect(text, ref.key).toContain(` ${ref.journal}.`);
    }
  });
});
