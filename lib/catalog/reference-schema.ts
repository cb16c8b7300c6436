// The staff reference forms: one schema for the browser and the server action. Duplicates (a DOI,
// PMID or key another reference already has) are refused on save, where the catalog is known.
import "@/lib/zod-jitless";
import { z } from "zod";
import { catalogNumberField } from "@/lib/core/catalog-identifiers";

const blankToUndefined = (v: unknown) => (typeof v === "string" && v.trim() === "" ? undefined : v);
const optionalText = (what: string, max: number) =>
  z.preprocess(
    blankToUndefined,
    z
      .string()
      .trim()
      .max(max, `Keep ${what} under ${max.toLocaleString("en")} characters`)
      .optional(),
  );

/** Keys are what guides cite as [@key], so they use the characters a citation may contain. */
export const referenceKeyField = z
  .string()
  .trim()
  .regex(/^[A-Za-z0-9][\w.-]{1,79}$/, "Use 2–80 letters, digits, dots, dashes or underscores, e.g. witkin2017jpet");

/** "https://doi.org/10.1/x", "doi:10.1/x" and "10.1/x" are the same DOI; stored without the prefix. */
export function normalizeDoi(value: string) {
  return value.trim().replace(/^(?:https?:\/\/(?:dx\.)?doi\.org\/|doi:\s*)/i, "");
}
const DOI = /^10\.\d{4,9}\/\S+$/;

/** "PMID: 28130267" and "28130267" are the same PubMed id. */
export function normalizePmid(value: string) {
  return value.trim().replace(/^pmid:?\s*/i, "");
}

// Evaluated per parse, not at start-up, so the upper bound moves with the calendar.
const yearField = z.preprocess(
  blankToUndefined,
  z.coerce
    .number({ error: "Enter the year as four digits" })
    .int("Enter the year as four digits")
    .refine((y) => y >= 1800 && y <= new Date().getUTCFullYear() + 1, {
      error: () => `Enter a year between 1800 and ${new Date().getUTCFullYear() + 1}`,
    })
    .optional(),
);

export const referenceSchema = z
  .object({
    /** Set when editing; the key cannot change then (guides cite it). */
    id: z.preprocess(blankToUndefined, z.coerce.number().int().positive().optional()),
    key: referenceKeyField,
    authors: optionalText("the authors", 1000),
    title: z.string().trim().min(1, "Enter the title").max(500, "Keep the title under 500 characters"),
    journal: optionalText("the journal", 200),
    year: yearField,
    volume: optionalText("the volume", 40),
    pages: optionalText("the pages", 40),
    pmid: z.preprocess(
      (v) => blankToUndefined(typeof v === "string" ? normalizePmid(v) : v),
      z
        .string()
        .regex(/^[1-9]\d{0,8}$/, "A PubMed id is digits only, e.g. 28130267")
        .optional(),
    ),
    doi: z.preprocess(
      (v) => blankToUndefined(typeof v === "string" ? normalizeDoi(v) : v),
      z.string().max(300, "Keep the DOI under 300 characters").regex(DOI, "Enter a DOI like 10.1124/jpet.116.239947").optional(),
    ),
    url: z.preprocess(
      blankToUndefined,
      z
        .url({ protocol: /^https?$/, error: "Enter a web address starting with https://" })
        .max(500)
        .optional(),
    ),
  })
  .refine((r) => r.pmid || r.doi || r.url, {
    path: ["doi"],
    error: "Give a DOI or a PubMed id (or, for a database record, its web address)",
  });
export type ReferenceInput = z.infer<typeof referenceSchema>;

/** Link a reference to a product's data sheet; the reference is named by key, DOI or PMID. */
export const linkProductReferenceSchema = z.object({
  catalogNumber: catalogNumberField,
  reference: z.string().trim().min(1, "Name the reference by its key, DOI or PubMed id").max(300),
  supports: optionalText("what it supports", 200),
});
export type LinkProductReferenceInput = z.infer<typeof linkProductReferenceSchema>;

export const unlinkProductReferenceSchema = z.object({
  catalogNumber: catalogNumberField,
  referenceId: z.coerce.number().int().positive(),
});
