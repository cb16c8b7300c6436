// The staff target form: one schema for the browser and the server action.
import "@/lib/zod-jitless";
import { z } from "zod";

const blankToUndefined = (v: unknown) => (typeof v === "string" && v.trim() === "" ? undefined : v);

export const targetSchema = z.object({
  /** Set when editing; the slug cannot change then (catalog filter links use it). */
  id: z.preprocess(blankToUndefined, z.coerce.number().int().positive().optional()),
  slug: z
    .string()
    .trim()
    .toLowerCase()
    .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "Use lower-case letters, digits and single dashes, e.g. mglu2")
    .max(60, "Keep the slug under 60 characters"),
  name: z.string().trim().min(1, "Enter the target's name, e.g. mGlu2 receptor").max(120, "Keep the name under 120 characters"),
  family: z
    .string()
    .trim()
    .min(1, "Enter the family, e.g. Metabotropic glutamate receptors")
    .max(120, "Keep the family under 120 characters"),
  geneSymbol: z.preprocess(
    blankToUndefined,
    z
      .string()
      .trim()
      .regex(/^[A-Za-z0-9][A-Za-z0-9-]{0,19}$/, "Enter one HGNC gene symbol such as GRM2, or leave it empty for a complex")
      .optional(),
  ),
});
export type TargetInput = z.infer<typeof targetSchema>;
