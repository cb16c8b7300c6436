// One zod schema per inquiry form, used by the client form (instant errors) and by the server
// action (the check that counts). Messages are written for researchers, not developers.
import "@/lib/zod-jitless";
import { z } from "zod";
import { structureSizeProblem } from "@/lib/catalog/structure-input";
import { catalogNumberField, isValidCas } from "@/lib/core/catalog-identifiers";
import { hasInvisible, isSingleLine } from "@/lib/core/plain-text";
import { MAX_FILE_BYTES } from "@/lib/requesters/upload-limit";

const blankToUndefined = (v: unknown) => (typeof v === "string" && v.trim() === "" ? undefined : v);

function line(label: string, max: number) {
  return z
    .string({ error: `Enter ${label}` })
    .trim()
    .min(1, `Enter ${label}`)
    .max(max, `Keep ${label} under ${max} characters`)
    .refine(isSingleLine, "Remove line breaks and invisible control characters");
}

function optionalLine(label: string, max: number) {
  return z.preprocess(blankToUndefined, line(label, max).optional());
}

function paragraph(label: string, max: number) {
  return z
    .string()
    .trim()
    .max(max, `Keep ${label} under ${max.toLocaleString("en-US")} characters`)
    .refine((v) => !hasInvisible(v), "Remove invisible control characters");
}

/**
 * An optional number field. Its messages begin with the field's label exactly as the form prints it
 * (`numberFields`), never with a case-changed copy: "pH must be at most 14".
 */
function optionalNumber({ label, min, max, unit = "" }: NumberField) {
  return z.preprocess(
    blankToUndefined,
    z.coerce
      .number({ error: `${label} must be a number` })
      .min(min, `${label} must be at least ${min}${unit}`)
      .max(max, `${label} must be at most ${max}${unit}`)
      .optional(),
  );
}

type NumberField = { label: string; min: number; max: number; unit?: string };

/** The form label of a number field: "Enrichment (%)". */
export const numberLabel = ({ label, unit }: NumberField) => (unit ? `${label} (${unit})` : label);

/** The number fields' labels, units and limits, shared by the forms and their schemas. */
export const numberFields = {
  enrichment: { label: "Enrichment", unit: "%", min: 1, max: 100 },
  ph: { label: "pH", min: 0, max: 14 },
} as const satisfies Record<string, NumberField>;

// Characters that may appear in a SMILES string; RDKit then checks the chemistry on the server.
const SMILES_CHARS = /^[A-Za-z0-9@+\-[\]()=#$%\\/.:*~]+$/;

/** The wording every inquiry form shows beside its research-use checkbox. */
export const RESEARCH_USE_STATEMENT = "I confirm these products are for research use only, not for human or veterinary use.";
const RESEARCH_USE_REQUIRED = "Confirm that the products are for research use only, not for human or veterinary use";

export const requesterShape = {
  name: line("your name", 120),
  email: z
    .string({ error: "Enter your email address" })
    .trim()
    .min(1, "Enter your email address")
    .max(254, "That email address is too long")
    .pipe(z.email("Enter an email address like name@university.edu")),
  institution: line("your institution or company", 200),
  country: line("your country", 80),
  phone: z.preprocess(
    blankToUndefined,
    z
      .string()
      .trim()
      .regex(/^\+?[0-9 ()./-]{6,30}$/, "Enter a phone number with digits, spaces and an optional leading +")
      .optional(),
  ),
  notes: z.preprocess(blankToUndefined, paragraph("your notes", 4000).optional()),
  // The checkbox sends "on"; the JSON API takes "true" too (documented in docs/operations.md). Never
  // defaulted: a request without it is refused beside the checkbox. Stored as the time it was given.
  researchUseAcknowledged: z.enum(["on", "true"], { error: RESEARCH_USE_REQUIRED }),
  idempotencyKey: z.uuid("This form has expired: reload the page and try again"),
  // Honeypot: hidden from people, filled in by bots. Checked by the server action.
  website: z.string().max(200).optional(),
};

export const QUANTITY_UNITS = ["mg", "g", "kg", "mL", "L"] as const;
export const GRADES = ["research", "bulk", "GMP"] as const;
export const gradeLabels: Record<(typeof GRADES)[number], string> = { research: "Research grade", bulk: "Bulk / industrial", GMP: "GMP" };

export const quoteItemSchema = z.object({
  catalogNumber: catalogNumberField,
  quantity: z.coerce
    .number({ error: "Enter a quantity" })
    .positive("Enter a quantity above zero")
    .max(1_000_000, "For more than 1,000,000 units, describe the quantity in the notes"),
  unit: z.enum(QUANTITY_UNITS, { error: "Choose a unit" }),
  grade: z.enum(GRADES, { error: "Choose a grade" }),
});

/** The end-use statement: required for a controlled quote item and for every custom synthesis. */
export const MIN_END_USE = 30;
export const MAX_END_USE = 2000;

/** The licence document of a controlled product's quote request: one file of these types, at most this size. */
export const LICENCE_EXTENSIONS = [".pdf", ".png", ".jpg", ".jpeg"] as const;
export const MAX_LICENCE_BYTES = MAX_FILE_BYTES;
const LICENCE_TYPES = "a PDF, PNG or JPEG file";

/**
 * The quote form's fields. A file input reaches the schema as the chosen file's name (formValues), so
 * the browser and the server check the same thing: a file was chosen and its type is one we take.
 * The server then checks its size and content (lib/inquiries/licence-document.ts).
 */
export const quoteSchema = z.object({
  items: z.array(quoteItemSchema).min(1, "Add at least one product").max(25, "Up to 25 products per request; send another for more"),
  poReference: optionalLine("a PO or reference", 60),
  licenceNumber: optionalLine("the licence or registration number", 80),
  licenceDocument: z.preprocess(
    blankToUndefined,
    z
      .string()
      .max(255, "Rename the file to a shorter name")
      .refine((name) => LICENCE_EXTENSIONS.some((ext) => name.toLowerCase().endsWith(ext)), `Send the licence as ${LICENCE_TYPES}`)
      .optional(),
  ),
  endUse: z.preprocess(blankToUndefined, paragraph("the end-use statement", MAX_END_USE).optional()),
  ...requesterShape,
});
export type QuoteInput = z.infer<typeof quoteSchema>;

/**
 * The quote form's schema, used by the form and the server alike. `controlled` is every catalog number
 * a licence is needed for (lib/catalog/controls.ts): the page passes them to the form, the server reads
 * them from the database. A request naming any of them needs a licence or registration number, the
 * licence document and an end-use statement; the errors sit beside those fields.
 */
export function quoteSchemaFor(controlled: Iterable<string>) {
  const needsLicence = new Set(controlled);
  return quoteSchema.superRefine((value, ctx) => {
    const named = (Array.isArray(value.items) ? value.items : []).map((i) => i.catalogNumber).filter((c) => needsLicence.has(c));
    if (!named.length) return;
    const which = `${[...new Set(named)].join(", ")} ${named.length > 1 ? "are controlled substances" : "is a controlled substance"}`;
    if (!value.licenceNumber)
      ctx.addIssue({ code: "custom", path: ["licenceNumber"], message: `Enter your licence or registration number: ${which}` });
    if (!value.licenceDocument)
      ctx.addIssue({
        code: "custom",
        path: ["licenceDocument"],
        message: `Attach a copy of your licence or registration (${LICENCE_TYPES})`,
      });
    if (!value.endUse || value.endUse.length < MIN_END_USE)
      ctx.addIssue({
        code: "custom",
        path: ["endUse"],
        message: `Describe the end use in a sentence or two (at least ${MIN_END_USE} characters): the research it is for and where`,
      });
  });
}

export const LABELLING = ["none", "2H", "13C", "15N", "other"] as const;
export const labellingLabels: Record<(typeof LABELLING)[number], string> = {
  none: "None",
  "2H": "Deuterium (²H)",
  "13C": "Carbon-13 (¹³C)",
  "15N": "Nitrogen-15 (¹⁵N)",
  other: "Other (describe in notes)",
};
export const DOCUMENTS = ["CoA", "NMR", "HPLC", "MS"] as const;
export const PURITIES = ["≥95%", "≥98%", "≥99%", "other"] as const;

export const customSynthesisSchema = z
  .object({
    compoundName: optionalLine("the compound name", 200),
    smiles: z.preprocess(
      blankToUndefined,
      z
        .string()
        .trim()
        .regex(SMILES_CHARS, "This is not a SMILES string: it has characters SMILES does not use")
        // Too long or too large for RDKit: refused before it reaches the server's toolkit (structure-input.ts).
        .superRefine((value, ctx) => {
          const problem = structureSizeProblem(value);
          if (problem) ctx.addIssue({ code: "custom", message: problem });
        })
        .optional(),
    ),
    cas: z.preprocess(
      blankToUndefined,
      z.string().trim().refine(isValidCas, "Enter a CAS number like 1867-66-9 (its last digit is a check digit)").optional(),
    ),
    quantity: z.coerce
      .number({ error: "Enter a quantity" })
      .positive("Enter a quantity above zero")
      .max(1_000_000, "Enter a smaller quantity or describe it in the notes"),
    unit: z.enum(["mg", "g", "kg"], { error: "Choose a unit" }),
    purity: z.enum(PURITIES, { error: "Choose a purity" }),
    labelling: z.enum(LABELLING, { error: "Choose a labelling option" }),
    labelPositions: optionalLine("the label positions", 200),
    enrichment: optionalNumber(numberFields.enrichment),
    grade: z.enum(GRADES, { error: "Choose a grade" }),
    documents: z.preprocess(
      (v) => (v === undefined ? [] : typeof v === "string" ? [v] : v),
      z.array(z.enum(DOCUMENTS, { error: "Choose documents from the list" })).max(DOCUMENTS.length),
    ),
    deadline: z.preprocess(
      blankToUndefined,
      z.iso
        .date("Enter the date as YYYY-MM-DD")
        .refine((d) => d >= new Date().toISOString().slice(0, 10), "Choose a deadline that is not in the past")
        .optional(),
    ),
    ndaRequired: z.preprocess((v) => v === "on" || v === "true" || v === true, z.boolean()).default(false),
    endUse: z
      .string({ error: "Describe the end use: the research the compound is for and where" })
      .trim()
      .min(MIN_END_USE, `Describe the end use in a sentence or two (at least ${MIN_END_USE} characters): the research it is for and where`)
      .max(MAX_END_USE, `Keep the end-use statement under ${MAX_END_USE.toLocaleString("en-US")} characters`)
      .refine((v) => !hasInvisible(v), "Remove invisible control characters"),
    ...requesterShape,
  })
  .superRefine((value, ctx) => {
    if (!value.compoundName && !value.smiles && !value.cas) {
      ctx.addIssue({ code: "custom", path: ["compoundName"], message: "Give the compound's name, SMILES or CAS number (at least one)" });
    }
    if (value.labelling !== "none" && value.labelling !== "other" && !value.labelPositions) {
      ctx.addIssue({ code: "custom", path: ["labelPositions"], message: "Say which positions to label, or “any” if it does not matter" });
    }
  });
export type CustomSynthesisInput = z.infer<typeof customSynthesisSchema>;

export const supportSchema = z.object({
  catalogNumbers: z.preprocess(
    (v) => (typeof v === "string" ? v.split(/[\s,;]+/).filter(Boolean) : v),
    z.array(catalogNumberField).min(1, "Enter the catalog number of at least one product").max(10, "Ask about up to 10 products at a time"),
  ),
  application: line("the application or assay", 300),
  solvent: optionalLine("the solvent or vehicle", 120),
  concentration: optionalLine("the concentration", 80),
  temperature: optionalLine("the temperature", 60),
  ph: optionalNumber(numberFields.ph),
  system: optionalLine("the cell type or species", 160),
  question: z
    .string({ error: "Enter your question" })
    .trim()
    .min(10, "Describe your question in a sentence or two")
    .max(4000, "Keep your question under 4,000 characters")
    .refine((v) => !hasInvisible(v), "Remove invisible control characters"),
  ...requesterShape,
});
export type SupportInput = z.infer<typeof supportSchema>;
