// The staff product form: one schema for the browser and the server action. The deeper checks
// (structure, computed properties, duplicate CAS and InChIKey) are the import's, run on save.
import "@/lib/zod-jitless";
import { z } from "zod";
import { catalogNumberField, isValidCas } from "@/lib/core/catalog-identifiers";
import { hasInvisible, isSingleLine } from "@/lib/core/plain-text";
import { MAX_PACK_SIZES, parsePackSize } from "@/lib/catalog/import/pack-columns";
import { parseMoney } from "@/lib/core/money";

const text = (what: string, max: number) =>
  z
    .string()
    .trim()
    .max(max, `Keep ${what} under ${max.toLocaleString("en")} characters`)
    .refine((v) => !hasInvisible(v), "Remove invisible control characters");
const line = (what: string, max: number) => text(what, max).refine(isSingleLine, `Write ${what} on one line`);
const optional = <T extends z.ZodType>(field: T) => z.preprocess((v) => (v === "" ? undefined : v), field.optional());

/** A list price as typed: empty is "on request" (null), otherwise minor units. */
const price = z
  .string()
  .trim()
  .max(20, "Write a price like 165.00")
  .transform((value, ctx) => {
    if (value === "") return null;
    const minor = parseMoney(value);
    if (minor === null) ctx.addIssue({ code: "custom", message: "Write a price like 165.00" });
    return minor;
  });

export const productEditSchema = z.object({
  catalogNumber: catalogNumberField,
  name: line("the name", 200).min(1, "Enter the product name"),
  saltForm: line("the salt form", 80).min(1, "Enter the salt form, e.g. hydrochloride or free base"),
  parent: optional(line("the parent compound", 200)),
  smiles: text("the SMILES", 2000).min(1, "Enter the structure as SMILES"),
  cas: z.preprocess(
    (v) => (v === "" ? undefined : v),
    z.string().trim().refine(isValidCas, "Enter a CAS number like 1867-66-9 (its last digit is a check digit)").optional(),
  ),
  // One per line in the form; the import takes them ";"-separated.
  synonyms: optional(text("the synonyms", 2000)),
  purity: optional(line("the purity", 80)),
  appearance: optional(line("the appearance", 200)),
  storage: optional(line("the storage conditions", 200)),
  availability: optional(line("the availability note", 200)),
  description: text("the description", 10_000).min(1, "Write a description (with its sources)"),
  // The product's pack sizes, as shown ("5 mg"), each with a price per currency. Pack sizes themselves
  // come from the import; the form edits their prices.
  packs: z
    .array(
      z.object({
        size: z.string().refine((size) => parsePackSize(size) !== null, "Unknown pack size"),
        USD: price,
        EUR: price,
        GBP: price,
      }),
    )
    .max(MAX_PACK_SIZES)
    .default([]),
});
export type ProductEditInput = z.infer<typeof productEditSchema>;

/**
 * Changing a product's catalog number (its own form on the edit page). The old number keeps leading
 * to the product (a 301), so it can never be given to another product; the server checks both.
 */
export const productRenameSchema = z
  .object({
    catalogNumber: catalogNumberField,
    newCatalogNumber: catalogNumberField,
  })
  .refine((v) => v.newCatalogNumber !== v.catalogNumber, {
    path: ["newCatalogNumber"],
    message: "Enter a catalog number other than the current one",
  });
export type ProductRenameInput = z.infer<typeof productRenameSchema>;

const isoDay = /^\d{4}-\d{2}-\d{2}$/;
const isRealDay = (v: string) =>
  isoDay.test(v) && !Number.isNaN(Date.parse(`${v}T00:00:00Z`)) && new Date(`${v}T00:00:00Z`).toISOString().startsWith(v);

/**
 * Whether the product is still sold. Discontinued: from a day (today or earlier; the page says
 * "Discontinued on …"), with an optional reason and an optional product to suggest instead.
 */
export const productLifecycleSchema = z
  .object({
    catalogNumber: catalogNumberField,
    status: z.enum(["active", "discontinued"], { error: "Choose whether the product is sold or discontinued" }),
    discontinuedOn: optional(z.string().trim().refine(isRealDay, "Enter the date it was discontinued")),
    reason: optional(line("the reason", 300)),
    replacement: optional(catalogNumberField),
  })
  .superRefine((v, ctx) => {
    if (v.status !== "discontinued") return;
    if (!v.discontinuedOn) ctx.addIssue({ code: "custom", path: ["discontinuedOn"], message: "Enter the date it was discontinued" });
    // Compared as ISO days: "today" in UTC, a day's margin for staff west of Greenwich.
    else if (v.discontinuedOn > new Date(Date.now() + 86_400_000).toISOString().slice(0, 10))
      ctx.addIssue({ code: "custom", path: ["discontinuedOn"], message: "Enter today's date or an earlier one" });
    if (v.replacement === v.catalogNumber)
      ctx.addIssue({ code: "custom", path: ["replacement"], message: "A product cannot replace itself" });
  });
export type ProductLifecycleInput = z.infer<typeof productLifecycleSchema>;
