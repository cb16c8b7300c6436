import { beforeAll, describe, expect, it } from "vitest";
import { CATALOG_PAGE_SIZE, findProducts, SEARCH_MATCH_LIMIT, suggestProducts } from "@/lib/catalog/products";
import { seedCatalog } from "@/lib/catalog/seed-catalog";
import { parseInchiKeyQuery, searchTerms } from "@/lib/catalog/search";
import { db } from "@/lib/db";
import { searchGuides } from "@/lib/guides/guides";
import { seedGuides } from "@/lib/guides/seed-guides";
import * as catalog from "@/prisma/seed-data/catalog";
import { guideReferences, guides } from "@/prisma/seed-data/guides";

const first = async (q: string) => (await suggestProducts({ q }))[0]?.name;
const ketamineCas = catalog.products.find((p) => p.catalogNumber === "B8106012")!.cas!.number;

describe("search stages", () => {
  it("widens from whole words to a prefix of the last word to a word inside a name to typos, and never guesses letters of identifiers", () => {
    expect(searchTerms("RD-268306 HCl")).toMatchObject({
      wordsQuery: "rd & 268306 & hcl",
      prefixQuery: "rd & 268306 & hcl:*",
      stages: ["words", "prefix", "typos"],
    });
    // A catalog-number-shaped query may be a code name: only its digits are varied, and among names only.
    expect(searchTerms("b81059")).toMatchObject({ stages: ["words", "prefix", "typos"], typos: false });
    expect(searchTerms("50-78-2").stages).toEqual(["words"]);
    expect(searchTerms("ly").stages).toEqual(["words"]);
    expect(searchTerms("amphetamine").stages).toEqual(["words", "prefix", "infix", "typos"]);
  });

  it("looks a code name up one digit off, but never a CAS number or an InChIKey", () => {
    // One digit replaced, swapped with its neighbour, dropped, or one added.
    for (const variant of ["rd & 343156:AB", "rd & 934156:AB", "rd & 94156:AB", "rd & 9431560:AB"])
      expect(searchTerms("RD-943156").digitTypos).toContain(variant);
    expect(searchTerms("ly341496").digitTypos).toContain("ly341495:AB");
    expect(searchTerms("RD-943156").digitTypos).not.toContain("rd & 943156:AB");
    // The index is read for the varied number of each variant, which is a word of that variant.
    const code = searchTerms("RD-943156 HCl");
    expect(code.digitTypoWords).toContain("343156:AB");
    code.digitTypos.forEach((query, i) => expect(query.split(" & ")).toContain(code.digitTypoWords[i]));
    // A code alone is left to its digit variants: a trigram of digits finds look-alike numbers.
    expect(searchTerms("RD-943156").typos).toBe(false);
    expect(searchTerms("50-78-2").digitTypos).toEqual([]);
    expect(searchTerms("YQEZLKZALYSWHR-UHFFFAOYSA-N").digitTypos).toEqual([]);
    expect(searchTerms("ketamine").digitTypos).toEqual([]);
  });
});

describe("InChIKey queries", () => {
  it("reads a whole key as exact and a 14-letter first block as every stereo form, in any letter case", () => {
    expect(parseInchiKeyQuery(" YQEZLKZALYSWHR-UHFFFAOYSA-N ")).toEqual({ exact: "YQEZLKZALYSWHR-UHFFFAOYSA-N" });
    expect(parseInchiKeyQuery("yqezlkzalyswhr-zdusscgksa-n")).toEqual({ exact: "YQEZLKZALYSWHR-ZDUSSCGKSA-N" });
    expect(parseInchiKeyQuery("YQEZLKZALYSWHR")).toEqual({ firstBlock: "YQEZLKZALYSWHR" });
    // Too short, a digit, a second block that is not 8 letters + S/N flag + version, or a first block with its hyphen.
    for (const q of ["YQEZLKZALYSWH", "YQEZLKZALYSWH1", "YQEZLKZALYSWHR-UHFFFAOYXA-N", "YQEZLKZALYSWHR-", "ketamine"])
      expect(parseInchiKeyQuery(q), q).toBeNull();
    expect(searchTerms("YQEZLKZALYSWHR-UHFFFAOYSA-N").typos).toBe(false);
  });
});

describe("catalog search ranking", () => {
  beforeAll(async () => {
    await seedCatalog(db, catalog);
    await seedGuides(db, { guides, guideReferences, catalogReferences: catalog.references });
  }, 120_000);

  it("puts an exact catalog number first, in any letter case", async () => {
    expect(await first("B8105958")).toBe("LY3020371 hydrochloride");
    expect(await first("b8105958")).toBe("LY3020371 hydrochloride");
  });

  it("finds catalog numbers by prefix", async () => {
    const hits = await suggestProducts({ q: "b81059" });
    expect(hits.map((h) => h.catalogNumber)).toEqual(expect.arrayContaining(["B8105958", "B8105959"]));
    expect(hits.every((h) => h.catalogNumber.startsWith("B81059"))).toBe(true);
  });

  it("lists a catalog-number prefix that fills the suggestions in catalog-number order", async () => {
    const b8106 = catalog.products
      .map((p) => p.catalogNumber)
      .filter((n) => n.startsWith("B8106"))
      .sort();
    expect(b8106.length).toBeGreaterThan(4);
    expect((await suggestProducts({ q: "b8106", limit: 4 })).map((h) => h.catalogNumber)).toEqual(b8106.slice(0, 4));
    // The exact number sorts before the longer numbers it begins.
    expect((await suggestProducts({ q: b8106[0]!, limit: 1 })).map((h) => h.catalogNumber)).toEqual([b8106[0]]);
  });

  it("finds a product by its CAS number", async () => {
    expect(await first(ketamineCas)).toBe("Ketamine hydrochloride");
  });

  it("finds names while they are being typed, and despite a typo", async () => {
    expect(await first("ly3020371")).toMatch(/^LY3020371/);
    expect(await first("ketamin")).toBe("Ketamine hydrochloride");
    expect(await first("ketamne")).toBe("Ketamine hydrochloride");
    expect(await first("memantin hydrochlorid")).toBe("Memantine hydrochloride");
  });

  // Each is what someone types for one product of the demo catalog: it must be among the first five
  // suggestions and on the results page (the bench measures the same on a synthetic catalog).
  const typed: [string, string][] = [
    // Still being typed.
    ["ketamin", "B8106012"],
    ["esketamine hydrochlorid", "B8106013"],
    ["LY302037", "B8105958"],
    ["memant", "B8106205"],
    // A word inside a longer name word.
    ["norketamine", "B8106306"],
    // Typos: a letter, and a code name's digit replaced, swapped or dropped.
    ["esketamne", "B8106013"],
    ["ly341496", "B8106101"],
    ["LY379286", "B8106102"],
    ["LY30203711", "B8105958"],
    // A code written as two words: its number is looked up, its letters checked on what is found.
    ["mk-810", "B8106204"],
  ];

  it.each(typed)("finds what is typed as %s among the first five", async (q, catalogNumber) => {
    expect((await suggestProducts({ q })).slice(0, 5).map((h) => h.catalogNumber)).toContain(catalogNumber);
    expect((await findProducts({ filter: { q } })).products.slice(0, 5).map((p) => p.catalogNumber)).toContain(catalogNumber);
  });

  it("never takes a catalog or CAS number one digit off for another product", async () => {
    const numbers = new Set(catalog.products.map((p) => p.catalogNumber));
    const nearMiss = ["B8105957", "B8106014", "B8106100"].find((n) => !numbers.has(n))!;
    expect(await suggestProducts({ q: nearMiss })).toEqual([]);
    expect((await findProducts({ filter: { q: nearMiss } })).total).toBe(0);
    const casNearMiss = ketamineCas.slice(0, -1) + String((Number(ketamineCas.at(-1)) + 1) % 10);
    expect(await suggestProducts({ q: casNearMiss })).toEqual([]);
  });

  it("finds a product by a synonym", async () => {
    const withSynonym = catalog.products.find((p) => p.synonyms.length > 0)!;
    expect(await first(withSynonym.synonyms[0]!)).toBe(withSynonym.name);
  });

  it("returns nothing for nonsense, and treats LIKE and tsquery characters as text", async () => {
    expect(await suggestProducts({ q: "zzzqqq" })).toEqual([]);
    expect(await suggestProducts({ q: "%_" })).toEqual([]);
    expect(await suggestProducts({ q: "ketamine & | ! :* (" })).toEqual(
      expect.arrayContaining([expect.objectContaining({ catalogNumber: "B8106012" })]),
    );
    expect(searchTerms("  ").prefixQuery).toBeNull();
  });

  it("finds a product by its whole InChIKey, and every stereo form of it by the key's first block", async () => {
    const keyed = await db.product.findMany({
      where: { catalogNumber: { in: ["B8106012", "B8106013"] } },
      select: { catalogNumber: true, inchiKey: true },
      orderBy: { catalogNumber: "asc" },
    });
    const [ketamine, esketamine] = keyed.map((p) => p.inchiKey);
    // Racemic ketamine HCl and esketamine HCl: one skeleton, two stereo layers.
    expect(ketamine!.slice(0, 14)).toBe(esketamine!.slice(0, 14));
    expect(ketamine).not.toBe(esketamine);
    const sameSkeleton = await db.product.findMany({
      where: { inchiKey: { startsWith: `${ketamine!.slice(0, 15)}` } },
      select: { catalogNumber: true },
    });

    const exact = await findProducts({ filter: { q: esketamine! } });
    expect(exact.products.map((p) => p.catalogNumber)).toEqual(["B8106013"]);
    expect(exact.namesProduct).toBe(true);
    expect((await suggestProducts({ q: esketamine!.toLowerCase() })).map((h) => h.catalogNumber)).toEqual(["B8106013"]);

    const block = await findProducts({ filter: { q: ketamine!.slice(0, 14) }, pageSize: 100 });
    expect(block.products.map((p) => p.catalogNumber).sort()).toEqual(sameSkeleton.map((p) => p.catalogNumber).sort());
    expect(block.products.map((p) => p.catalogNumber)).toEqual(expect.arrayContaining(["B8106012", "B8106013"]));
    // A key of no catalog compound finds nothing, rather than whatever shares a word with it.
    expect((await findProducts({ filter: { q: "AAAAAAAAAAAAAA-UHFFFAOYSA-N" } })).total).toBe(0);
  });

  it("ranks the catalog listing by relevance when searching, with facets counted over the matches", async () => {
    const result = await findProducts({ filter: { q: "ketamine" } });
    expect(result.products[0]!.name).toBe("Ketamine hydrochloride");
    expect(result.total).toBeGreaterThanOrEqual(2);
    expect(result.facets.target.reduce((n, f) => Math.max(n, f.count), 0)).toBeLessThanOrEqual(result.total);
  });

  it("counts a search's target and mechanism facets over exactly the products it matches", async () => {
    const search = await findProducts({ filter: { q: "ketamine" }, pageSize: 100 });
    expect(search.total).toBe(search.products.length);
    const tally = (names: string[][]) => {
      const counts = new Map<string, number>();
      for (const name of names.flatMap((n) => [...new Set(n)])) counts.set(name, (counts.get(name) ?? 0) + 1);
      return counts;
    };
    const asCounts = (facet: { name: string; count: number }[]) => new Map(facet.map((f) => [f.name, f.count]));
    expect(asCounts(search.facets.target)).toEqual(tally(search.products.map((p) => p.activities.map((a) => a.target.name))));
    expect(asCounts(search.facets.mechanism)).toEqual(tally(search.products.map((p) => p.activities.map((a) => a.mechanism.name))));

    // Filtered on its own top target, the search lists only those products; that facet keeps its counts.
    const top = search.facets.target.reduce((a, b) => (b.count > a.count ? b : a));
    const filtered = await findProducts({ filter: { q: "ketamine", target: top.slug }, pageSize: 100 });
    expect(filtered.total).toBe(top.count);
    expect(filtered.facets.target).toEqual(search.facets.target);
  });

  it("keeps a search's facet counts in step with edits of a product's activities and categories", async () => {
    // The counts come from facet arrays in "ProductSearch", kept by triggers on the link tables.
    const count = async (key: "target" | "mechanism" | "category", slug: string) =>
      (await findProducts({ filter: { q: "ketamine" } })).facets[key].find((f) => f.slug === slug)?.count ?? 0;
    const ketamine = await db.product.findUniqueOrThrow({
      where: { catalogNumber: "B8106012" },
      select: {
        id: true,
        activities: { select: { mechanismId: true, referenceId: true }, take: 1 },
        categories: { select: { slug: true } },
      },
    });
    const target = await db.target.findFirstOrThrow({ where: { activities: { none: { productId: ketamine.id } } } });
    const category = await db.category.findFirstOrThrow({ where: { products: { none: { id: ketamine.id } } } });
    const [targetBefore, categoryBefore] = [await count("target", target.slug), await count("category", category.slug)];

    // Each table's own trigger, checked before the other table changes (either refreshes all three arrays).
    const activity = await db.activity.create({ data: { productId: ketamine.id, targetId: target.id, ...ketamine.activities[0]! } });
    expect(await count("target", target.slug)).toBe(targetBefore + 1);
    await db.product.update({ where: { id: ketamine.id }, data: { categories: { connect: { id: category.id } } } });
    expect(await count("category", category.slug)).toBe(categoryBefore + 1);
    // Filtering on the new values finds the product through the same arrays.
    const filtered = await findProducts({ filter: { q: "ketamine", target: target.slug, category: category.slug } });
    expect(filtered.products.map((p) => p.catalogNumber)).toContain("B8106012");

    await db.activity.delete({ where: { id: activity.id } });
    expect(await count("target", target.slug)).toBe(targetBefore);
    await db.product.update({ where: { id: ketamine.id }, data: { categories: { set: ketamine.categories } } });
    expect(await count("category", category.slug)).toBe(categoryBefore);
  });

  it("says when the search names a product outright, so the results page lists products before guides", async () => {
    const esketamine = catalog.products.find((p) => p.catalogNumber === "B8106013")!;
    for (const q of ["B8105958", "b81059", ketamineCas, "ketamine hydrochloride", esketamine.synonyms[0]!]) {
      expect((await findProducts({ filter: { q } })).namesProduct, q).toBe(true);
    }
    // A topic, a word of a name and a typo are not a product's name: guides keep the lead.
    for (const q of ["antidepressant", "ketamine", "ketamne"]) expect((await findProducts({ filter: { q } })).namesProduct, q).toBe(false);
    // The catalog number of B8105958 is in a guide's text too (the page then lists both).
    expect((await searchGuides({ q: "B8105958" })).length).toBeGreaterThan(0);
  });

  it("finds guides by words of their text, stemmed", async () => {
    const hits = await searchGuides({ q: "esketamine" });
    expect(hits.length).toBeGreaterThan(0);
    expect((await searchGuides({ q: "antidepressants" })).length).toBeGreaterThan(0);
    expect(await searchGuides({ q: "zzzqqq" })).toEqual([]);
  });
});

describe("a search broader than SEARCH_MATCH_LIMIT", () => {
  const PREFIX = "CAPT";
  const extra = 5;
  let compoundId: number;

  beforeAll(async () => {
    compoundId = (
      await db.compound.upsert({ where: { slug: "search-cap-test" }, create: { slug: "search-cap-test", name: "Capword" }, update: {} })
    ).id;
    await db.$executeRaw`DELETE FROM "Product" WHERE "compoundId" = ${compoundId}`;
    // Chemistry-free rows written in one statement: only their names and numbers matter here.
    await db.$executeRaw`
      INSERT INTO "Product" ("catalogNumber", name, "compoundId", "saltForm", smiles, inchi, "inchiKey", formula, "molecularWeight", "exactMass", "structureSvg", description, "updatedAt")
      SELECT ${PREFIX} || lpad(n::text, 6, '0'), 'Capword analogue ' || n, ${compoundId}, 'free base', 'C', 'InChI=1S/CH4/h1H4', 'CAPTEST-' || n, 'CH4', 16.04, 16.03, '<svg/>', 'A test row.', now()
        FROM generate_series(1, ${SEARCH_MATCH_LIMIT + extra}) AS n`;
    // Written after the analogues, so a scan for the capped matches of "analogue" reaches it last.
    await db.$executeRaw`
      INSERT INTO "Product" ("catalogNumber", name, "compoundId", "saltForm", smiles, inchi, "inchiKey", formula, "molecularWeight", "exactMass", "structureSvg", description, "updatedAt")
      VALUES (${`${PREFIX}X00001`}, 'Analogue-free capword', ${compoundId}, 'free base', 'C', 'InChI=1S/CH4/h1H4', 'CAPTEST-X', 'CH4', 16.04, 16.03, '<svg/>', 'A test row.', now())`;
    return async () => {
      await db.$executeRaw`DELETE FROM "Product" WHERE "compoundId" = ${compoundId}`;
      await db.compound.delete({ where: { id: compoundId } });
    };
  }, 60_000);

  it("counts and pages the first SEARCH_MATCH_LIMIT matches and says there are more", async () => {
    const listing = await findProducts({ filter: { q: "capword" } });
    expect(listing).toMatchObject({ total: SEARCH_MATCH_LIMIT, more: true, pageCount: Math.ceil(SEARCH_MATCH_LIMIT / CATALOG_PAGE_SIZE) });
    expect(listing.products).toHaveLength(CATALOG_PAGE_SIZE);
    expect(listing.products.every((p) => p.name.startsWith("Capword analogue"))).toBe(true);
  });

  it("still puts an exact catalog number first, whichever matches the cap kept", async () => {
    const last = `${PREFIX}${String(SEARCH_MATCH_LIMIT + extra).padStart(6, "0")}`;
    const listing = await findProducts({ filter: { q: last } });
    expect(listing.products[0]?.catalogNumber).toBe(last);
    expect((await suggestProducts({ q: last }))[0]?.catalogNumber).toBe(last);
  });

  it("puts a name that starts with the query before names that merely contain it, even past the cap", async () => {
    // Every analogue's name holds the word "analogue"; one name starts with it.
    expect((await findProducts({ filter: { q: "analogue" } })).products[0]?.name).toBe("Analogue-free capword");
    expect((await suggestProducts({ q: "analogue" }))[0]?.name).toBe("Analogue-free capword");
  });

  it("stays exact below the cap", async () => {
    const listing = await findProducts({ filter: { q: "capword analogue 1999" } });
    expect(listing.more).toBe(false);
    expect(listing.products.map((p) => p.name)).toContain("Capword analogue 1999");
  });
});

describe("a name being typed", () => {
  let compoundId: number;

  beforeAll(async () => {
    compoundId = (
      await db.compound.upsert({
        where: { slug: "search-prefix-test" },
        create: { slug: "search-prefix-test", name: "Zolmarine" },
        update: {},
      })
    ).id;
    await db.$executeRaw`DELETE FROM "Product" WHERE "compoundId" = ${compoundId}`;
    await db.$executeRaw`
      INSERT INTO "Product" ("catalogNumber", name, "compoundId", "saltForm", smiles, inchi, "inchiKey", formula, "molecularWeight", "exactMass", "structureSvg", description, "updatedAt")
      SELECT 'ZOLM00' || n, name, ${compoundId}, 'free base', 'C', 'InChI=1S/CH4/h1H4', 'ZOLMTEST-' || n, 'CH4', 16.04, 16.03, '<svg/>', 'A test row.', now()
        FROM unnest(ARRAY['Zolmarine hydrochloride', 'N-zolmarine oxide']) WITH ORDINALITY AS t(name, n)`;
    return async () => {
      await db.$executeRaw`DELETE FROM "Product" WHERE "compoundId" = ${compoundId}`;
      await db.compound.delete({ where: { id: compoundId } });
    };
  }, 60_000);

  it("lists the names that start with it first, then names with a word that does", async () => {
    // No whole word is "zolmar": the name that starts with it does not stop the search at whole words.
    expect((await suggestProducts({ q: "zolmar" })).map((h) => h.name)).toEqual(["Zolmarine hydrochloride", "N-zolmarine oxide"]);
    expect((await findProducts({ filter: { q: "zolmar" } })).products.map((p) => p.name)).toEqual([
      "Zolmarine hydrochloride",
      "N-zolmarine oxide",
    ]);
  });

  it("follows an edit and a deletion of the product (search reads a copy kept by triggers)", async () => {
    const numbers = async (q: string) => (await suggestProducts({ q })).map((h) => h.catalogNumber);
    await db.product.update({ where: { catalogNumber: "ZOLM001" }, data: { name: "Quorvanine hydrochloride", synonyms: ["QV-1"] } });
    expect(await numbers("quorvanine")).toEqual(["ZOLM001"]);
    expect(await numbers("qv-1")).toEqual(["ZOLM001"]);
    expect(await numbers("zolmar")).toEqual(["ZOLM002"]);
    // Discontinued products are still found by a search, listed after those still sold.
    await db.product.update({
      where: { catalogNumber: "ZOLM002" },
      data: { discontinuedOn: new Date("2026-01-01"), name: "Quorvanine oxide" },
    });
    expect((await findProducts({ filter: { q: "quorvanine" } })).products.map((p) => p.catalogNumber)).toEqual(["ZOLM001", "ZOLM002"]);
    await db.product.delete({ where: { catalogNumber: "ZOLM001" } });
    expect(await numbers("quorvanine")).toEqual(["ZOLM002"]);
  });
});
