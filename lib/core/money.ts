// Money is kept in integer minor units (cents, pence) with its currency; never in binary floats.
// Rounding rule, stated once: a line's discount is rounded half up to the minor unit
// (gross 3 × 1,999 = 5,997 at 12.5% → discount 749.625 → 750; line total 5,247), and totals are
// exact sums of rounded lines. Every quoted, accepted and reported figure comes from these functions.
import { z } from "zod";

export const currencies = ["USD", "EUR", "GBP"] as const;
export type Currency = (typeof currencies)[number];
export const currencySchema = z.enum(currencies, { error: "Choose USD, EUR or GBP." });

export const currencyNames: Record<Currency, string> = { USD: "US dollar", EUR: "Euro", GBP: "Pound sterling" };

/** A discount is held in basis points: 1250 = 12.5%. */
export const MAX_DISCOUNT_BASIS_POINTS = 10_000;

// Amounts are stored as PostgreSQL integers (up to 2^31 − 1 minor units). A price, and a quote's
// total, stays below that with room to spare; the quote builder refuses a quote whose total would not.
export const MAX_AMOUNT_MINOR = 1_000_000_000; // 10,000,000.00
export const MAX_QUOTE_TOTAL_MINOR = 2_000_000_000; // 20,000,000.00
export const MAX_LINE_QUANTITY = 100_000;

/** "12.50" or "12.5" or "1,250.00" → 1250. Null when the text is not an amount with at most two decimals. */
export function parseMoney(text: string): number | null {
  const match = /^\s*(\d{1,3}(?:,\d{3})+|\d{1,12})(?:\.(\d{1,2}))?\s*$/.exec(text);
  if (!match) return null;
  const major = Number(match[1]!.replaceAll(",", ""));
  const minor = major * 100 + Number((match[2] ?? "").padEnd(2, "0"));
  return minor <= MAX_AMOUNT_MINOR ? minor : null;
}

/** 1250 → "12.50": the plain decimal used in form fields and CSV files. */
export function minorToDecimal(minor: number): string {
  const sign = minor < 0 ? "-" : "";
  const abs = Math.abs(minor);
  return `${sign}${Math.trunc(abs / 100)}.${String(abs % 100).padStart(2, "0")}`;
}

/** 1250, "EUR" → "€12.50". Intl is given the exact decimal string, so no float ever touches the value. */
export function formatMoney(minor: number, currency: Currency): string {
  return moneyFormats[currency].format(minorToDecimal(minor) as Intl.StringNumericLiteral);
}

// Each currency in an English locale that writes its own symbol plainly ("$", not "US$").
const moneyFormats: Record<Currency, Intl.NumberFormat> = {
  USD: new Intl.NumberFormat("en-US", { style: "currency", currency: "USD" }),
  EUR: new Intl.NumberFormat("en-IE", { style: "currency", currency: "EUR" }),
  GBP: new Intl.NumberFormat("en-GB", { style: "currency", currency: "GBP" }),
};

/** Half-up division of non-negative integers, in BigInt so intermediate products above 2^53 stay exact. */
function divideHalfUp(numerator: bigint, denominator: bigint) {
  return (numerator * 2n + denominator) / (denominator * 2n);
}

export type PricedLine = { quantity: number; unitPriceMinor: number; discountBasisPoints: number };

export function lineAmounts({ quantity, unitPriceMinor, discountBasisPoints }: PricedLine) {
  const gross = BigInt(quantity) * BigInt(unitPriceMinor);
  const discount = divideHalfUp(gross * BigInt(discountBasisPoints), BigInt(MAX_DISCOUNT_BASIS_POINTS));
  return { grossMinor: Number(gross), discountMinor: Number(discount), totalMinor: Number(gross - discount) };
}

export function quoteTotals(lines: PricedLine[], shippingMinor: number) {
  const subtotalMinor = lines.reduce((sum, line) => sum + lineAmounts(line).totalMinor, 0);
  return { subtotalMinor, shippingMinor, totalMinor: subtotalMinor + shippingMinor };
}

/** "12.5" → 1250 basis points; null when not a percentage between 0 and 100 with at most two decimals. */
export function parsePercent(text: string): number | null {
  const match = /^\s*(\d{1,3})(?:\.(\d{1,2}))?\s*%?\s*$/.exec(text);
  if (!match) return null;
  const basisPoints = Number(match[1]) * 100 + Number((match[2] ?? "").padEnd(2, "0"));
  return basisPoints <= MAX_DISCOUNT_BASIS_POINTS ? basisPoints : null;
}

export function formatPercent(basisPoints: number): string {
  const whole = Math.trunc(basisPoints / 100);
  const fraction = basisPoints % 100;
  return fraction === 0 ? `${whole}%` : `${whole}.${String(fraction).padStart(2, "0").replace(/0$/, "")}%`;
}
