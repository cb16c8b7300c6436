// Shapes of the hand-written seed data. Every fact stated about a product names its source by
// `ref` (a Reference key). Unconfirmed values are left out, never guessed.
import type { Currency } from "@/lib/core/money";

export type ReferenceSeed = {
  key: string;
  /** "Witkin JM, Mitchell SN, Wafford KA, et al." */
  authors?: string;
  title: string;
  journal?: string;
  year?: number;
  volume?: string;
  pages?: string;
  pmid?: string;
  doi?: string;
  /** For database records (NCATS GSRS, DrugCentral, PubChem, ChEBI) or when no DOI exists. */
  url?: string;
};

export type TargetSeed = { slug: string; name: string; family: string; geneSymbol?: string };
export type MechanismSeed = { slug: string; name: string };
export type CategorySeed = { slug: string; name: string; description: string };

export type ActivitySeed = {
  target: string; // TargetSeed.slug
  mechanism: string; // MechanismSeed.slug
  measure?: "Ki" | "IC50" | "EC50" | "Kd" | "Kb";
  relation?: ">" | "<" | "≈";
  value?: number;
  unit?: "nM" | "µM";
  species?: string;
  assay?: string;
  ref: string; // ReferenceSeed.key
};

export type SolubilitySeed = {
  /** "DMSO", "Water", "Ethanol", "PBS (pH 7.2)" */
  solvent: string;
  /** The highest concentration the source reports, mg/mL of this salt form. */
  maxMgPerMl: number;
  /** The source gives a lower bound ("≥ 25 mg/mL"). */
  atLeast?: boolean;
  conditions?: string;
  ref: string; // ReferenceSeed.key
};

export type ProductSeed = {
  /** Our catalog number: "B" + 7 digits, upper case. */
  catalogNumber: string;
  name: string;
  synonyms: string[];
  /** Parent compound shared by salt forms of the same molecule. */
  compound: { slug: string; name: string };
  saltForm: string;
  cas?: { number: string; ref: string; note?: string };
  /** Isomeric SMILES of the record as sold, salt included (e.g. "Cl.CN…"). */
  smiles: string;
  /**
   * Values entered by hand from a source. The seed recomputes each with RDKit from the SMILES and
   * refuses to run when one disagrees (MW within 0.05 g/mol).
   */
  expected?: { formula?: string; molecularWeight?: number; inchiKey?: string };
  /** Our supplier specification (not a literature claim). */
  purity?: string;
  appearance?: string;
  storage?: string;
  /** Per solvent, only with a source (cited by `ref`); a solvent without one is left out. */
  solubility?: SolubilitySeed[];
  availability?: string;
  /** Our own words; the sources it rests on are listed in `references`. */
  description: string;
  references: { ref: string; supports: string }[];
  activities: ActivitySeed[];
  categories: string[]; // CategorySeed.slug
  /**
   * List prices as decimals ("165.00"), one per currency: prices we set, not exchange rates. The demo
   * rule: EUR = USD × 0.95 and GBP = USD × 0.80, each rounded to the nearest 5.00, then written out
   * here so that every figure is visible and can be changed on its own.
   */
  packSizes: { amount: number; unit: "mg" | "g"; prices: Record<Currency, string> }[];
  featured?: boolean;
  /**
   * Legal controls, one per jurisdiction (a code of lib/catalog/controls.ts), each citing the law or
   * register that lists the substance. Leave out what was not confirmed: no row is not "uncontrolled".
   */
  controls?: ControlSeed[];
};

export type ControlSeed = { jurisdiction: string; schedule: string; ref: string; note?: string };

export type GuideKind = "comparison" | "application-note" | "troubleshooting" | "protocol";

export type GuideSeed = {
  slug: string;
  title: string;
  /** One or two sentences for the guide list and meta description. */
  summary: string;
  kind: GuideKind;
  /** "Reagent Desk scientific support team" or a named author line. */
  author: string;
  /** ISO dates, "2026-10-12". */
  publishedAt: string;
  updatedAt?: string;
  /**
   * Markdown, our own words. Sections start at "## " (they make the table of contents); cite with
   * [@referenceKey] (several: [@a; @b]). References are numbered by first citation when rendered.
   */
  body: string;
  /** Catalog products the guide covers, in display order, with their role in the guide. */
  products: { catalogNumber: string; role: string }[];
};
