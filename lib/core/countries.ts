// The requester's country is free text (up to 80 characters, as typed on the form). These rules
// read the common ways of writing it: the English name, a few native names, and ISO 3166 alpha-2/3.
import type { Currency } from "@/lib/core/money";

// EU member states (2026). Reverse-charge VAT wording applies to business buyers here.
const EU: Record<string, string[]> = {
  AT: ["austria", "österreich", "aut"],
  BE: ["belgium", "belgique", "belgië", "bel"],
  BG: ["bulgaria", "bgr"],
  HR: ["croatia", "hrvatska", "hrv"],
  CY: ["cyprus", "cyp"],
  CZ: ["czechia", "czech republic", "česko", "cze"],
  DK: ["denmark", "danmark", "dnk"],
  EE: ["estonia", "eesti", "est"],
  FI: ["finland", "suomi", "fin"],
  FR: ["france", "fra"],
  DE: ["germany", "deutschland", "deu"],
  GR: ["greece", "hellas", "grc", "el"],
  HU: ["hungary", "magyarország", "hun"],
  IE: ["ireland", "éire", "irl"],
  IT: ["italy", "italia", "ita"],
  LV: ["latvia", "latvija", "lva"],
  LT: ["lithuania", "lietuva", "ltu"],
  LU: ["luxembourg", "lux"],
  MT: ["malta", "mlt"],
  NL: ["netherlands", "the netherlands", "nederland", "holland", "nld"],
  PL: ["poland", "polska", "pol"],
  PT: ["portugal", "prt"],
  RO: ["romania", "românia", "rou"],
  SK: ["slovakia", "slovensko", "svk"],
  SI: ["slovenia", "slovenija", "svn"],
  ES: ["spain", "españa", "espana", "esp"],
  SE: ["sweden", "sverige", "swe"],
};
const UK = ["gb", "uk", "gbr", "united kingdom", "great britain", "england", "scotland", "wales", "northern ireland", "britain"];

const euNames = new Map(Object.entries(EU).flatMap(([code, names]) => [code.toLowerCase(), ...names].map((name) => [name, code])));

function normalise(country: string) {
  return country.trim().toLowerCase().replace(/\s+/g, " ").replace(/\.$/, "");
}

/** ISO code of an EU member state, or null. */
export function euMemberState(country: string): string | null {
  return euNames.get(normalise(country)) ?? null;
}

export function isUnitedKingdom(country: string) {
  return UK.includes(normalise(country));
}

/** Quotes follow the requester's country: pounds in the UK, euros in the EU, US dollars elsewhere. */
export function currencyForCountry(country: string): Currency {
  if (isUnitedKingdom(country)) return "GBP";
  if (euMemberState(country)) return "EUR";
  return "USD";
}
