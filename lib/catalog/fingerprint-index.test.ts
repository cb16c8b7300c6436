import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { fingerprintIndex } from "@/lib/catalog/fingerprint-index";
import {
  bitCount,
  DISCONTINUED,
  FINGERPRINT_BYTES,
  FingerprintStore,
  HAS_MORGAN,
  HAS_PATTERN,
  packFingerprint,
} from "@/lib/catalog/fingerprint-scan";
import { seedCatalog } from "@/lib/catalog/seed-catalog";
import { findSimilarProducts, similaritySearch, substructureSearch } from "@/lib/catalog/structure-search";
import * as catalog from "@/prisma/seed-data/catalog";

describe("FingerprintStore (the index's screens) against a brute-force scan", () => {
  // Random fingerprints around 40–70 bits set, as Morgan fingerprints of small molecules, with
  // near-duplicates (one bit flipped) so that similarity ties and near-ties occur.
  let seed = 7;
  const random = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32;
  const fingerprint = () => {
    const fp = new Uint8Array(FINGERPRINT_BYTES);
    const bits = 20 + Math.floor(random() * 60);
    for (let i = 0; i < bits; i++) fp[Math.floor(random() * FINGERPRINT_BYTES)]! |= 1 << Math.floor(random() * 8);
    return fp;
  };
  const n = 3000;
  const rows = Array.from({ length: n }, (_, i) => {
    const morgan = i % 5 === 4 ? Uint8Array.from([]) : fingerprint();
    const pattern = fingerprint();
    return {
      id: 10 + 3 * i,
      pattern,
      morgan,
      flags: (i % 17 ? HAS_PATTERN : 0) | (morgan.length ? HAS_MORGAN : 0) | (i % 11 ? 0 : DISCONTINUED),
    };
  });
  for (let i = 1; i < n; i += 7) {
    if (!rows[i]!.morgan.length || !rows[i - 1]!.morgan.length) continue;
    rows[i]!.morgan = rows[i - 1]!.morgan.slice();
    if (i % 2) rows[i]!.morgan[3]! ^= 4;
  }
  const and = (a: Uint8Array, b: Uint8Array) => bitCount(a.map((x, i) => x & b[i]!));
  const pad = (fp: Uint8Array) => (fp.length ? fp : new Uint8Array(FINGERPRINT_BYTES));

  const store = (() => {
    const counts: number[] = [];
    for (const row of rows) if (row.flags & HAS_MORGAN) counts[bitCount(row.morgan)] = (counts[bitCount(row.morgan)] ?? 0) + 1;
    const s = new FingerprintStore(n, counts);
    for (let start = 0; start < n; start += 1000) {
      const part = rows.slice(start, start + 1000);
      const joined = (pick: (row: (typeof rows)[number]) => Uint8Array) => {
        const out = new Uint8Array(part.length * FINGERPRINT_BYTES);
        part.forEach((row, i) => out.set(pad(pick(row)), i * FINGERPRINT_BYTES));
        return out;
      };
      s.append({
        ids: Int32Array.from(part.map((r) => r.id)),
        flags: Uint8Array.from(part.map((r) => r.flags)),
        pattern: joined((r) => r.pattern),
        morgan: joined((r) => r.morgan),
      });
    }
    expect(s.complete).toBe(true);
    return s;
  })();

  it("substructure: every row with all the query's bits, and every row without a fingerprint, in id order, from an id on, up to the cap", () => {
    for (const query of [
      rows[5]!.pattern.map((x, i) => x & rows[6]!.pattern[i]!),
      rows[40]!.pattern.map((x, i) => (i % 9 ? 0 : x)),
      new Uint8Array(FINGERPRINT_BYTES),
    ]) {
      const needed = bitCount(query);
      const expected = rows.filter((r) => !(r.flags & HAS_PATTERN) || and(r.pattern, query) === needed).map((r) => r.id);
      expect(expected.length).toBeGreaterThan(0);
      expect([...store.substructureCandidates(query, 0, n)]).toEqual(expected);
      expect([...store.substructureCandidates(query, 0, 3)]).toEqual(expected.slice(0, 3));
      expect([...store.substructureCandidates(query, expected[2]!, 2)]).toEqual(expected.slice(3, 5));
    }
  });

  it("similarity: the candidates hold the brute-force top hits with all their ties, and nothing under the threshold", () => {
    for (const [q, options] of [
      [rows[0]!.morgan, { threshold: 0.3, limit: 20 }],
      [rows[7]!.morgan, { threshold: 0.05, limit: 6, excludeId: rows[7]!.id, soldOnly: true }],
      [rows[100]!.morgan, { threshold: 0.1, limit: 50 }],
      [fingerprint(), { threshold: 0.9, limit: 20 }],
    ] as const) {
      const qBits = bitCount(q);
      const scored = rows
        .filter((r) => r.flags & HAS_MORGAN && r.id !== ("excludeId" in options ? options.excludeId : null))
        .filter((r) => !("soldOnly" in options) || !(r.flags & DISCONTINUED))
        .map((r) => ({ id: r.id, similarity: and(r.morgan, q) / (bitCount(r.morgan) + qBits - and(r.morgan, q)) }))
        .filter((r) => r.similarity >= options.threshold)
        .sort((a, b) => b.similarity - a.similarity);
      const cutoff = scored.length >= options.limit ? scored[options.limit - 1]!.similarity : options.threshold;
      const expected = scored.filter((r) => r.similarity >= cutoff).map((r) => r.id);
      expect([...store.similarCandidates(q, options)].sort((a, b) => a - b)).toEqual(expected.sort((a, b) => a - b));
    }
  });

  it("similarity: a tie at the cut in a group read after the best are full is still a candidate", () => {
    // Query: bits 0–5. Six rows with bits 0–3 (Tanimoto 4/6) fill the best six from the 4-bit group;
    // one row with bits 0–8 (6/9, the same value) sits in the 9-bit group, whose bound is exactly 2/3.
    const fp = (bits: number) => packFingerprint("1".repeat(bits).padEnd(2048, "0"));
    const morgan = [...Array.from({ length: 6 }, () => fp(4)), fp(9)];
    const tied = new FingerprintStore(
      7,
      Array.from({ length: 10 }, (_, bits) => (bits === 4 ? 6 : bits === 9 ? 1 : 0)),
    );
    const join = (fps: Uint8Array[]) => Uint8Array.from(fps.flatMap((f) => [...f]));
    tied.append({
      ids: Int32Array.from([1, 2, 3, 4, 5, 6, 7]),
      flags: new Uint8Array(7).fill(HAS_PATTERN | HAS_MORGAN),
      pattern: join(morgan),
      morgan: join(morgan),
    });
    expect([...tied.similarCandidates(fp(6), { threshold: 0.3, limit: 6 })].sort()).toEqual([1, 2, 3, 4, 5, 6, 7]);
  });
});

describe("structure search through the index gives the SQL path's hits", () => {
  beforeAll(async () => {
    await seedCatalog(db, catalog);
  });
  afterEach(() => vi.restoreAllMocks());

  const products = () => db.product.findMany({ select: { catalogNumber: true, smiles: true }, orderBy: { id: "asc" } });
  const parent = (smiles: string) => smiles.split(".").sort((a, b) => b.length - a.length)[0]!;

  /** Every search of the sample, run once in SQL (index reported stale) and once on the index. */
  async function bothPaths() {
    const sample = await products();
    const queries = [...new Set(["c1ccccc1", "NC(C(=O)O)", "[#6]~[#7]", "CNC1(CCCCC1=O)c1ccccc1", ...sample.map((p) => parent(p.smiles))])];
    const run = async () => ({
      substructure: await Promise.all(queries.map((q) => substructureSearch(q).catch((e: Error) => e.name))),
      capped: await Promise.all(queries.map((q) => substructureSearch(q, { limit: 2, maxCandidates: 3 }).catch((e: Error) => e.name))),
      similarity: await Promise.all(queries.map((q) => similaritySearch(q, { threshold: 0.2 }).catch((e: Error) => e.name))),
      similarProducts: await Promise.all(
        sample.map((p) => findSimilarProducts({ catalogNumber: p.catalogNumber, threshold: 0.2, limit: 3 })),
      ),
    });
    const index = fingerprintIndex();
    vi.spyOn(index, "current").mockResolvedValue(undefined);
    const sql = await run();
    vi.restoreAllMocks();
    await index.load();
    const screens = vi.spyOn(index, "substructureCandidates");
    const rankings = vi.spyOn(index, "similarCandidates");
    const indexed = await run();
    expect(screens).toHaveBeenCalled();
    expect(rankings).toHaveBeenCalled();
    return { sql, indexed };
  }

  it("for every product's structure, scaffolds and a SMARTS pattern: substructure (also capped), similarity and similar products", async () => {
    const { sql, indexed } = await bothPaths();
    expect(sql.substructure.some((r) => typeof r === "object" && r.hits.length > 3)).toBe(true);
    expect(sql.similarProducts.some((hits) => hits.length > 0)).toBe(true);
    expect(indexed).toEqual(sql);
  });

  it("sees a change made after it loaded (a product discontinued elsewhere leaves the similar products), and only such a change", async () => {
    const [ketamine] = await db.product.findMany({ where: { smiles: "Cl.CNC1(CCCCC1=O)c1ccccc1Cl" }, select: { catalogNumber: true } });
    const esketamine = await db.product.findFirstOrThrow({ where: { smiles: "Cl.CN[C@@]1(CCCCC1=O)c1ccccc1Cl" } });
    await fingerprintIndex().load();
    expect(await fingerprintIndex().current()).toBeDefined();
    const before = await findSimilarProducts({ catalogNumber: ketamine!.catalogNumber });
    expect(before.map((h) => h.catalogNumber)).toContain(esketamine.catalogNumber);

    // An edit that leaves structure and sold status alone (as every import UPDATE names the
    // fingerprint columns) keeps the index: a reload at 1M products takes most of a minute.
    await db.$executeRaw`UPDATE "Product" SET description = description || ' ', "patternFp" = "patternFp" WHERE id = ${esketamine.id}`;
    expect(await fingerprintIndex().current()).toBeDefined();

    // Written as psql or another app process would: only the database knows.
    await db.$executeRaw`UPDATE "Product" SET "discontinuedOn" = CURRENT_DATE WHERE id = ${esketamine.id}`;
    try {
      expect(await fingerprintIndex().current()).toBeUndefined();
      expect((await findSimilarProducts({ catalogNumber: ketamine!.catalogNumber })).map((h) => h.catalogNumber)).not.toContain(
        esketamine.catalogNumber,
      );
      await fingerprintIndex().load();
      const screens = vi.spyOn(fingerprintIndex(), "similarCandidates");
      expect((await findSimilarProducts({ catalogNumber: ketamine!.catalogNumber })).map((h) => h.catalogNumber)).not.toContain(
        esketamine.catalogNumber,
      );
      expect(screens).toHaveBeenCalled();
    } finally {
      await db.$executeRaw`UPDATE "Product" SET "discontinuedOn" = NULL WHERE id = ${esketamine.id}`;
    }
  });
});
