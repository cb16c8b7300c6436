// The staff solubility form (one solvent of one product): one schema for the browser and the server action.
import "@/lib/zod-jitless";
import { z } from "zod";
import { catalogNumberField } from "@/lib/core/catalog-identifiers";

/** Offered in the form's list; any other solvent may be typed ("PBS (pH 7.2)", "0.1 M HCl"). */
export const COMMON_SOLVENTS = ["DMSO", "Water", "Ethanol", "PBS (pH 7.2)", "Methanol", "DMF", "Saline (0.9% NaCl)"] as const;

/** What the source field takes for a value measured here rather than published. */
export const IN_HOUSE = "in-house";

const blankToUndefined = (v: unknown) => (typeof v === "string" && v.trim() === "" ? undefined : v);

export const solubilitySchema = z.object({
  catalogNumber: catalogNumberField,
  solvent: z.string().trim().min(1, "Name the solvent, e.g. DMSO").max(60, "Keep the solvent under 60 characters"),
  maxMgPerMl: z.coerce
    .number({ error: "Enter the concentration in mg/mL as a number, e.g. 25 or 2.5" })
    .positive("Enter a concentration above zero")
    // Nothing dissolves beyond about a gram per millilitre; a larger number is a unit mistake (µg/mL?).
    .max(2000, "Enter the concentration in mg/mL (at most 2000)"),
  // A checkbox: present ("on") when ticked, absent otherwise.
  atLeast: z.preprocess((v) => v === "on" || v === "true" || v === true, z.boolean()),
  conditions: z.preprocess(blankToUndefined, z.string().trim().max(200, "Keep the conditions under 200 characters").optional()),
  source: z.string().trim().min(1, `Every value names its source: a reference key, DOI or PubMed id, or ${IN_HOUSE}`).max(300),
});
export type SolubilityInput = z.infer<typeof solubilitySchema>;

export const removeSolubilitySchema = z.object({ catalogNumber: catalogNumberField, solubilityId: z.coerce.number().int().positive() });
