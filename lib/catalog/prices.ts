// List prices per pack size and currency. A currency with no price row reads "On request".
import { currencies, type Currency } from "@/lib/core/money";
import { db } from "@/lib/db";
import type { PrismaClient } from "@/lib/generated/prisma/client";

export type PackPrices = Record<Currency, number | null>;

/** The prices a pack size has, as a full record over every currency (null: on request). */
export function packPrices(prices: { currency: Currency; amountMinor: number }[]): PackPrices {
  const record = Object.fromEntries(currencies.map((currency) => [currency, null])) as PackPrices;
  for (const price of prices) record[price.currency] = price.amountMinor;
  return record;
}

/**
 * List prices of the given pack sizes in one currency, for prefilling quote lines: pack size id →
 * minor units, or null when that pack size is "on request" in the currency. Ids of pack sizes that
 * do not exist are left out.
 */
export async function listPricesFor(packSizeIds: readonly number[], currency: Currency, client: PrismaClient = db) {
  const packs = await client.packSize.findMany({
    where: { id: { in: [...new Set(packSizeIds)] } },
    select: { id: true, prices: { where: { currency }, select: { amountMinor: true } } },
  });
  return new Map(packs.map((pack) => [pack.id, pack.prices[0]?.amountMinor ?? null]));
}
