import "server-only";
import { citationOrder } from "@/lib/guides/citations";
import type { Prisma } from "@/lib/generated/prisma/client";

type Client = Pick<Prisma.TransactionClient, "reference" | "product">;

/**
 * What a guide body cites, in order of first citation, and what is wrong with it: the same rules as
 * the guide seed (every citation resolves to a reference with a PMID or DOI).
 */
export async function resolveCitations(client: Client, body: string) {
  const keys = citationOrder(body);
  const rows = await client.reference.findMany({
    where: { key: { in: keys } },
    select: { id: true, key: true, title: true, authors: true, year: true, journal: true, pmid: true, doi: true, url: true },
  });
  const byKey = new Map(rows.map((r) => [r.key, r]));
  const cited = keys.map((key, i) => ({ number: i + 1, key, reference: byKey.get(key) ?? null }));
  const problems = [
    ...cited.filter((c) => !c.reference).map((c) => `[@${c.key}] is not a known reference`),
    ...cited.filter((c) => c.reference && !c.reference.pmid && !c.reference.doi).map((c) => `${c.key} has neither a PubMed id nor a DOI`),
  ];
  return { cited, problems };
}

/** Product ids for catalog numbers, and the numbers that are not in the catalog. */
export async function resolveGuideProducts(client: Client, catalogNumbers: string[]) {
  const rows = await client.product.findMany({
    where: { catalogNumber: { in: catalogNumbers } },
    select: { id: true, catalogNumber: true },
  });
  const ids = new Map(rows.map((r) => [r.catalogNumber, r.id]));
  return { ids, missing: catalogNumbers.filter((n) => !ids.has(n)) };
}
