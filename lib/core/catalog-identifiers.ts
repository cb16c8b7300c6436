// How the catalog names a compound: our catalog numbers and CAS Registry Numbers. The inquiry forms,
// the catalog editor, the import and the guides all check identifiers with these rules.
import "@/lib/zod-jitless";
import { z } from "zod";

/** CAS Registry Numbers carry a check digit: a typo in one digit is caught here. */
export function isValidCas(value: string) {
  const match = /^(\d{2,7})-(\d{2})-(\d)$/.exec(value);
  if (!match) return false;
  const digits = (match[1]! + match[2]!).split("").reverse();
  const sum = digits.reduce((total, d, i) => total + Number(d) * (i + 1), 0);
  return sum % 10 === Number(match[3]);
}

export const catalogNumberField = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^[A-Z0-9][A-Z0-9-]{1,39}$/, "Enter a catalog number such as B8105958");
