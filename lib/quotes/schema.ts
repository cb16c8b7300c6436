// The quote builder's form: one schema for the browser (instant errors, live totals) and the server
// action (the check that counts). Amounts are typed as text and parsed to minor units here, so no
// binary float ever holds a price.
import "@/lib/zod-jitless";
import { z } from "zod";
import { currencySchema, MAX_LINE_QUANTITY, parseMoney, parsePercent } from "@/lib/core/money";
import { hasInvisible, isSingleLine } from "@/lib/core/plain-text";

export const MAX_QUOTE_LINES = 50;

/** The eleven Incoterms 2020 rules. */
export const incoterms = {
  EXW: "Ex Works",
  FCA: "Free Carrier",
  CPT: "Carriage Paid To",
  CIP: "Carriage and Insurance Paid To",
  DAP: "Delivered at Place",
  DPU: "Delivered at Place Unloaded",
  DDP: "Delivered Duty Paid",
  FAS: "Free Alongside Ship",
  FOB: "Free on Board",
  CFR: "Cost and Freight",
  CIF: "Cost, Insurance and Freight",
} as const;
export type Incoterm = keyof typeof incoterms;

const blankToUndefined = (v: unknown) => (typeof v === "string" && v.trim() === "" ? undefined : v);

const text = (what: string, max: number) =>
  z
    .string({ error: `Enter ${what}` })
    .trim()
    .min(1, `Enter ${what}`)
    .max(max, `Keep ${what} under ${max.toLocaleString("en")} characters`)
    .refine((v) => !hasInvisible(v), "Remove invisible control characters");
const line = (what: string, max: number) => text(what, max).refine(isSingleLine, `Write ${what} on one line`);
const optional = <T extends z.ZodType>(schema: T) => z.preprocess(blankToUndefined, schema.optional());

const money = (what: string) =>
  z
    .string({ error: `Enter ${what}` })
    .trim()
    .min(1, `Enter ${what}`)
    .transform((v, ctx) => {
      const minor = parseMoney(v);
      if (minor === null) {
        ctx.addIssue({ code: "custom", message: `Enter ${what} like 125.00 (at most two decimals, up to 10,000,000)` });
        return z.NEVER;
      }
      return minor;
    });

const id = z
  .string()
  .trim()
  .regex(/^[a-z0-9-]{1,40}$/i, "Unknown record");

export const quoteLineSchema = z.object({
  productId: optional(z.coerce.number().int().positive()),
  catalogNumber: optional(line("the catalog number", 40)),
  description: line("a description", 300),
  packSize: optional(line("the pack size", 40)),
  grade: optional(line("the grade", 60)),
  quantity: z
    .string({ error: "Enter a quantity" })
    .trim()
    .regex(/^\d{1,6}$/, "Enter a whole number of at least 1")
    .transform(Number)
    .pipe(
      z
        .number()
        .min(1, "Enter a whole number of at least 1")
        .max(MAX_LINE_QUANTITY, `At most ${MAX_LINE_QUANTITY.toLocaleString("en")}`),
    ),
  unitPrice: money("the unit price"),
  discount: z.preprocess(
    (v) => blankToUndefined(v) ?? "0",
    z.string().transform((v, ctx) => {
      const basisPoints = parsePercent(v);
      if (basisPoints === null) {
        ctx.addIssue({ code: "custom", message: "Enter a percentage from 0 to 100, like 12.5" });
        return z.NEVER;
      }
      return basisPoints;
    }),
  ),
  leadTime: optional(line("the lead time", 80)),
});

/** Today's date (UTC) as YYYY-MM-DD, the form of a date input's value. */
export const isoDate = (date: Date) => date.toISOString().slice(0, 10);

export const quoteFormSchema = z.object({
  inquiryId: id,
  /** Set when editing a saved draft. */
  quoteId: optional(id),
  /** Which button was pressed: keep the draft, or save it and send it to the requester. */
  intent: z.enum(["save", "send"]).default("save"),
  currency: currencySchema,
  lines: z
    .array(quoteLineSchema, { error: "Add at least one line" })
    .min(1, "Add at least one line")
    .max(MAX_QUOTE_LINES, `A quote holds at most ${MAX_QUOTE_LINES} lines`),
  shipping: z.preprocess((v) => blankToUndefined(v) ?? "0", money("shipping and handling")),
  taxNote: text("a tax note", 600),
  paymentTerms: line("the payment terms", 200),
  incoterms: z.enum(Object.keys(incoterms) as [Incoterm, ...Incoterm[]], { error: "Choose an Incoterms rule" }),
  validUntil: z
    .string({ error: "Enter the last day the quote is valid" })
    .regex(/^\d{4}-\d{2}-\d{2}$/, "Enter a date like 2027-01-05")
    .refine((v) => !Number.isNaN(Date.parse(`${v}T00:00:00Z`)) && isoDate(new Date(`${v}T00:00:00Z`)) === v, "Enter a real date")
    .refine((v) => v >= isoDate(new Date()), "Choose today or a later day")
    .refine((v) => v <= isoDate(new Date(Date.now() + 366 * 86_400_000)), "Choose a day within a year"),
  notes: optional(text("the notes", 4000)),
  buyerName: line("the buyer's name", 120),
  buyerInstitution: line("the institution", 200),
  buyerAddress: optional(text("the address", 500)),
});

export type QuoteForm = z.infer<typeof quoteFormSchema>;
export type QuoteLineInput = z.infer<typeof quoteLineSchema>;
