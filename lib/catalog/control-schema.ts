// The staff form for a product's controlled status in one jurisdiction: one schema for the browser
// and the server action (lib/catalog/controls.ts saves it).
import "@/lib/zod-jitless";
import { z } from "zod";
import { catalogNumberField } from "@/lib/core/catalog-identifiers";
import { isSingleLine } from "@/lib/core/plain-text";

const blankToUndefined = (v: unknown) => (typeof v === "string" && v.trim() === "" ? undefined : v);

const line = (label: string, max: number) =>
  z
    .string({ error: `Enter ${label}` })
    .trim()
    .min(1, `Enter ${label}`)
    .max(max, `Keep ${label} under ${max} characters`)
    .refine(isSingleLine, "Remove line breaks and invisible control characters");
const optionalLine = (label: string, max: number) => z.preprocess(blankToUndefined, line(label, max).optional());

export const controlSchema = z
  .object({
    catalogNumber: catalogNumberField,
    // A code of control-labels.ts ("US-DEA", "UK-MDA") or another written the same way ("DE-BTMG").
    jurisdiction: z
      .string({ error: "Choose the jurisdiction" })
      .trim()
      .toUpperCase()
      .regex(/^[A-Z]{2,3}(-[A-Z0-9]{2,12})?$/, "Write the jurisdiction as a country code and the law, e.g. US-DEA or UK-MDA"),
    schedule: line("the schedule or class as the law names it, e.g. Schedule III or Class B", 60),
    note: optionalLine("the note", 300),
    // An existing reference (key, DOI or PubMed id) …
    source: optionalLine("the source", 300),
    // … or a new one: the citation as a reviewer would look it up, and where.
    citation: optionalLine("the citation", 300),
    url: z.preprocess(
      blankToUndefined,
      z
        .url({ protocol: /^https?$/, error: "Enter the address of the law or register, starting with https://" })
        .max(500, "Keep the address under 500 characters")
        .optional(),
    ),
  })
  .superRefine((value, ctx) => {
    if (!value.source && !value.citation)
      ctx.addIssue({
        code: "custom",
        path: ["source"],
        message: "Every status names its source: choose a reference, or give the citation of the law or register below",
      });
    if (value.source && value.citation)
      ctx.addIssue({ code: "custom", path: ["citation"], message: "Give either an existing reference or a new citation, not both" });
    if (value.url && !value.citation)
      ctx.addIssue({ code: "custom", path: ["url"], message: "An address goes with a new citation: write the citation too" });
  });
export type ControlInput = z.infer<typeof controlSchema>;

export const removeControlSchema = z.object({ catalogNumber: catalogNumberField, controlId: z.coerce.number().int().positive() });
