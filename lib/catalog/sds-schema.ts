// The staff SDS upload form: one schema for the browser and the server action, and the size limit the
// proxy reads too (no "server-only"; nothing here touches the database).
import "@/lib/zod-jitless";
import { z } from "zod";
import { catalogNumberField } from "@/lib/core/catalog-identifiers";

/** The languages an SDS is offered in (ISO 639-1), in the order the product page lists them. */
export const SDS_LANGUAGES = {
  en: "English",
  de: "German",
  fr: "French",
  es: "Spanish",
  it: "Italian",
  nl: "Dutch",
  pl: "Polish",
  sv: "Swedish",
  ja: "Japanese",
  zh: "Chinese",
} as const;
export type SdsLanguage = keyof typeof SDS_LANGUAGES;
const languageCodes = Object.keys(SDS_LANGUAGES) as [SdsLanguage, ...SdsLanguage[]];

export const isSdsLanguage = (value: string): value is SdsLanguage => Object.hasOwn(SDS_LANGUAGES, value);

/** Orders a product's sheets as SDS_LANGUAGES lists the languages. */
export const sdsLanguageOrder = (a: { language: string }, b: { language: string }) =>
  languageCodes.indexOf(a.language as SdsLanguage) - languageCodes.indexOf(b.language as SdsLanguage);

/** A supplier's SDS runs to 10–20 pages, a few hundred kB; a scan of one stays well under this. */
export const MAX_SDS_BYTES = 10 * 1024 * 1024;
/** The largest server-action body to a staff product page (proxy.ts): one SDS and the form's fields. */
export const SDS_ACTION_BODY_LIMIT = MAX_SDS_BYTES + 256 * 1024;

/**
 * A file input reaches the schema as the chosen file's name (lib/core/form-data.ts), so the browser
 * refuses a file that is not named .pdf at once; the server then checks the content and size
 * (lib/catalog/sds.ts), which no name proves.
 */
export const sdsUploadSchema = z.object({
  catalogNumber: catalogNumberField,
  language: z.enum(languageCodes, { error: "Choose the language of the safety data sheet" }),
  file: z
    .string({ error: "Choose the safety data sheet (a PDF file)" })
    .min(1, "Choose the safety data sheet (a PDF file)")
    .max(255, "Rename the file to a shorter name")
    .refine((name) => name.toLowerCase().endsWith(".pdf"), "Upload the safety data sheet as a PDF file (.pdf)"),
});
export type SdsUploadInput = z.infer<typeof sdsUploadSchema>;

export const removeSdsSchema = z.object({
  catalogNumber: catalogNumberField,
  language: z.enum(languageCodes, { error: "Choose the language of the safety data sheet" }),
});
