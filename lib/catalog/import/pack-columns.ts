// Pack sizes and their list prices in a catalog record. A record is one product, so its pack sizes are
// one ";"-separated list ("1 mg; 5 mg; 10 mg") and each currency's prices a list in the same order
// ("165.00; 595.00; 980.00"), an empty entry meaning "on request". Lists, rather than one column per
// pack, keep a file's header the same whatever pack sizes its products come in.
import { currencies, parseMoney, type Currency } from "@/lib/core/money";

/** A pack size as the import writes it. A currency missing from `prices` keeps its stored price. */
export type PackWrite = { amount: number; unit: string; prices: Partial<Record<Currency, number | null>> };

export const MAX_PACK_SIZES = 20;

const UNITS: Record<string, string> = { ug: "µg", µg: "µg", mg: "mg", g: "g", kg: "kg", ul: "µL", µl: "µL", ml: "mL", l: "L" };
const UNIT_LIST = "µg, mg, g, kg, µL, mL, L";

export const priceColumn = (currency: Currency) => `price_${currency.toLowerCase()}` as const;

/** "5 mg", "0.5 mL", "1g" → amount and canonical unit; null when not a positive amount with a known unit. */
export function parsePackSize(text: string): { amount: number; unit: string } | null {
  // U+03BC (Greek mu) and U+00B5 (micro sign) look alike; both mean micro.
  const match = /^(\d{1,7}(?:\.\d{1,3})?)\s*([a-zµ]+)$/i.exec(text.trim().replaceAll("\u03bc", "µ"));
  const unit = match ? UNITS[match[2]!.toLowerCase()] : undefined;
  if (!match || !unit) return null;
  const amount = Number(match[1]);
  return amount > 0 ? { amount, unit } : null;
}

export const packLabel = (pack: { amount: number; unit: string }) => `${pack.amount} ${pack.unit}`;

/**
 * The pack sizes and prices a record gives, or undefined when it has no pack_sizes column (the stored
 * ones stay). Every problem is returned, naming the column and the pack size it concerns.
 */
export function readPackColumns(
  packSizes: string | undefined,
  prices: Partial<Record<Currency, string>>,
): { packs?: PackWrite[]; reasons: string[] } {
  const reasons: string[] = [];
  const given = currencies.filter((currency) => prices[currency] !== undefined);
  if (packSizes === undefined) {
    for (const currency of given) {
      reasons.push(`${priceColumn(currency)} needs a pack_sizes column in the same record: its prices follow the pack sizes' order`);
    }
    return { reasons };
  }
  const entries = packSizes
    .split(";")
    .map((s) => s.trim())
    .filter(Boolean);
  if (entries.length > MAX_PACK_SIZES) {
    return { reasons: [`pack_sizes lists ${entries.length} pack sizes; at most ${MAX_PACK_SIZES} are taken`] };
  }
  const packs: PackWrite[] = [];
  for (const entry of entries) {
    const pack = parsePackSize(entry);
    if (!pack) reasons.push(`pack size "${entry}" is not valid: write an amount and a unit, e.g. "5 mg" (units: ${UNIT_LIST})`);
    else if (packs.some((p) => p.amount === pack.amount && p.unit === pack.unit))
      reasons.push(`pack size ${packLabel(pack)} is listed twice`);
    else packs.push({ ...pack, prices: {} });
  }
  if (reasons.length) return { reasons };

  for (const currency of given) {
    const column = priceColumn(currency);
    const value = prices[currency]!;
    // An empty column clears every price in that currency, like any other optional column.
    const list = value === "" ? packs.map(() => "") : value.split(";").map((s) => s.trim());
    if (list.length !== packs.length) {
      reasons.push(
        `${column} gives ${list.length} price(s) for ${packs.length} pack size(s): one per pack size, in the same order, separated by ";" (leave one empty for "on request")`,
      );
      continue;
    }
    for (const [i, text] of list.entries()) {
      const amount = text === "" ? null : parseMoney(text);
      if (amount === null && text !== "") {
        reasons.push(`${column} for ${packLabel(packs[i]!)}: "${text}" is not a price; write it like 165.00 (at most two decimals)`);
      } else packs[i]!.prices[currency] = amount;
    }
  }
  return reasons.length ? { reasons } : { packs, reasons };
}
