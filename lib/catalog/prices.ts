// List prices per pack size and currency. A currency with no price row reads "On request".
import { currencies, type Currency } from "@/lib/core/money";

export type PackPrices = Record<Currency, number | null>;

/** The prices a pack size has, as a full record over every currency (null: on request). */
export function packPrices(prices: { currency: Currency; amountMinor: number }[]): PackPrices {
  const record = Object.fromEntries(currencies.map((currency) => [currency, null])) as PackPrices;
  for (const price of prices) record[price.currency] = price.amountMinor;
  return record;
}
