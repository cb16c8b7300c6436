// The jurisdictions a product's controlled status is recorded for (ProductControl.jurisdiction), and
// what a buyer must send for each. Plain data without "server-only": the quote form shows it too.
// Another jurisdiction is one more entry here; a code without an entry is shown as written.

export type Jurisdiction = {
  /** "United States" */
  country: string;
  /** Short form for badges: "US". */
  short: string;
  /** The law the schedule or class comes from. */
  law: string;
  /** What a buyer in that jurisdiction sends with a quote request. */
  buyerNeeds: string;
};

export const JURISDICTIONS: Record<string, Jurisdiction> = {
  "US-DEA": {
    country: "United States",
    short: "US",
    law: "Controlled Substances Act (DEA, 21 CFR part 1308)",
    buyerNeeds:
      "a DEA registration covering the schedule (researcher or analytical registration), and for import a DEA import permit or declaration",
  },
  "UK-MDA": {
    country: "United Kingdom",
    short: "UK",
    law: "Misuse of Drugs Act 1971",
    buyerNeeds: "a Home Office controlled drug licence for possession and supply, and for import a Home Office import licence",
  },
};

export type ControlSummary = { jurisdiction: string; schedule: string };

export const jurisdictionOf = (code: string): Jurisdiction =>
  JURISDICTIONS[code] ?? { country: code, short: code, law: code, buyerNeeds: "the licence or registration that jurisdiction requires" };

/** "US Schedule III · UK Class B" */
export const controlBadgeText = (controls: ControlSummary[]) =>
  controls.map((c) => `${jurisdictionOf(c.jurisdiction).short} ${c.schedule}`).join(" · ");
