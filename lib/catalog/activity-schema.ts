// The staff activity form (a product's action at a target): one schema for the browser and the
// server action. The measures, bounds and units are the ones the seed data and the pages use.
import "@/lib/zod-jitless";
import { z } from "zod";
import { catalogNumberField } from "@/lib/core/catalog-identifiers";

export const ACTIVITY_MEASURES = ["Ki", "IC50", "EC50", "Kd", "Kb"] as const;
export const ACTIVITY_RELATIONS = [">", "<", "≈"] as const;
export const ACTIVITY_UNITS = ["nM", "µM"] as const;

const blankToUndefined = (v: unknown) => (typeof v === "string" && v.trim() === "" ? undefined : v);
const optionalText = (what: string, max: number) =>
  z.preprocess(blankToUndefined, z.string().trim().max(max, `Keep ${what} under ${max} characters`).optional());

export const activitySchema = z
  .object({
    catalogNumber: catalogNumberField,
    target: z.string().trim().min(1, "Choose the target"),
    mechanism: z.string().trim().min(1, "Choose the mechanism"),
    measure: z.preprocess(blankToUndefined, z.enum(ACTIVITY_MEASURES, { error: "Choose Ki, IC50, EC50, Kd or Kb" }).optional()),
    relation: z.preprocess(blankToUndefined, z.enum(ACTIVITY_RELATIONS, { error: "Choose >, < or ≈" }).optional()),
    value: z.preprocess(
      blankToUndefined,
      z.coerce
        .number({ error: "Enter the value as a number, e.g. 16 or 0.5" })
        .positive("Enter a value above zero")
        .max(1e9, "Enter the value in nM or µM")
        .optional(),
    ),
    unit: z.preprocess(blankToUndefined, z.enum(ACTIVITY_UNITS, { error: "Choose nM or µM" }).optional()),
    species: optionalText("the species", 80),
    assay: optionalText("the assay", 200),
    reference: z.string().trim().min(1, "Every activity cites its source: give its key, DOI or PubMed id").max(300),
  })
  // A potency is a measure, a value and a unit together; a mechanism alone has none of them.
  .superRefine((a, ctx) => {
    if (a.value === undefined) {
      if (a.measure) ctx.addIssue({ code: "custom", path: ["value"], message: "Enter the value for this measure, or clear the measure" });
      if (a.relation) ctx.addIssue({ code: "custom", path: ["value"], message: "A bound needs a value" });
      return;
    }
    if (!a.measure) ctx.addIssue({ code: "custom", path: ["measure"], message: "Say what the value measures" });
    if (!a.unit) ctx.addIssue({ code: "custom", path: ["unit"], message: "Choose nM or µM" });
  });
export type ActivityInput = z.infer<typeof activitySchema>;

export const removeActivitySchema = z.object({ catalogNumber: catalogNumberField, activityId: z.coerce.number().int().positive() });
