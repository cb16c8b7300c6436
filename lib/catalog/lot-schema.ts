// The staff lot form (a batch and its release analysis) and the public find-a-CoA form: one schema
// each for the browser and the server.
import "@/lib/zod-jitless";
import { z } from "zod";
import { catalogNumberField } from "@/lib/core/catalog-identifiers";
import { MS_ADDUCTS } from "@/lib/catalog/mass-spec";

export const LOT_QUANTITY_UNITS = ["mg", "g", "mL"] as const;
export const LOT_DATE_KINDS = ["RETEST", "EXPIRY"] as const;

/** Lot numbers as printed on a vial label: letters, digits and hyphens, stored upper-case. */
export const lotNumberField = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^[A-Z0-9][A-Z0-9-]{2,31}$/, "Enter the lot number as on the label, e.g. RD26-0412 (letters, digits and hyphens)");

const blankToUndefined = (v: unknown) => (typeof v === "string" && v.trim() === "" ? undefined : v);
const optionalText = (what: string, max: number) =>
  z.preprocess(blankToUndefined, z.string().trim().max(max, `Keep ${what} under ${max} characters`).optional());
const number = (message: string) => z.coerce.number({ error: message }).refine(Number.isFinite, message);
const optionalNumber = (schema: z.ZodType<number>) => z.preprocess(blankToUndefined, schema.optional());
const isoDate = (what: string) =>
  z
    .string()
    .trim()
    .regex(/^\d{4}-\d{2}-\d{2}$/, `Enter the ${what} as a date`)
    .refine((v) => !Number.isNaN(Date.parse(`${v}T00:00:00Z`)) && new Date(`${v}T00:00:00Z`).toISOString().startsWith(v), {
      message: `Enter the ${what} as a real date`,
    });

export const lotSchema = z
  .object({
    catalogNumber: catalogNumberField,
    /** The lot being edited; absent when a lot is added. */
    lotId: z.preprocess(blankToUndefined, z.coerce.number().int().positive().optional()),
    lotNumber: lotNumberField,
    manufacturedOn: isoDate("manufacture date"),
    useBy: isoDate("retest or expiry date"),
    dateKind: z.enum(LOT_DATE_KINDS, { error: "Say whether the date is a retest or an expiry date" }),
    quantityAvailable: number("Enter the quantity available as a number, e.g. 250").min(0, "The quantity cannot be negative").max(1e7),
    quantityUnit: z.enum(LOT_QUANTITY_UNITS, { error: "Choose mg, g or mL" }),
    appearance: z.string().trim().min(1, "Describe the appearance, e.g. White solid").max(120, "Keep the appearance under 120 characters"),
    waterPercent: optionalNumber(
      number("Enter the water content in % w/w, e.g. 0.4").min(0, "Between 0 and 100 %").max(100, "Between 0 and 100 %"),
    ),
    waterMethod: optionalText("the method", 80),
    hplcPurity: optionalNumber(
      number("Enter the HPLC purity in area %, e.g. 99.2").gt(0, "Enter a purity above 0 %").max(100, "A purity cannot exceed 100 %"),
    ),
    // 190 nm is about where HPLC mobile phases stop being transparent; 800 nm is past any UV-vis detector's range.
    hplcWavelengthNm: optionalNumber(
      number("Enter the detection wavelength in nm, e.g. 254")
        .int("Whole nanometres, e.g. 254")
        .min(190, "Between 190 and 800 nm")
        .max(800, "Between 190 and 800 nm"),
    ),
    nmrConsistent: z.preprocess(blankToUndefined, z.enum(["yes", "no"], { error: "Choose yes or no" }).optional()),
    nmrConclusion: optionalText("the NMR conclusion", 300),
    msAdduct: z.preprocess(blankToUndefined, z.enum(MS_ADDUCTS, { error: "Choose [M+H]+, [M+Na]+ or [M-H]-" }).optional()),
    msMzFound: optionalNumber(number("Enter the m/z found, e.g. 238.0995").gt(50, "Between 50 and 5000").max(5000, "Between 50 and 5000")),
    demo: z.preprocess((v) => v === "on" || v === "true" || v === true, z.boolean()),
  })
  // Each result is a value with its method: a value alone says nothing about how it was obtained.
  .superRefine((lot, ctx) => {
    const issue = (path: string, message: string) => ctx.addIssue({ code: "custom", path: [path], message });
    if (lot.useBy <= lot.manufacturedOn) issue("useBy", "The retest or expiry date comes after the manufacture date");
    if (lot.waterPercent !== undefined && !lot.waterMethod) issue("waterMethod", "Name the method, e.g. Karl Fischer");
    if (lot.waterPercent === undefined && lot.waterMethod) issue("waterPercent", "Enter the water content, or clear the method");
    if (lot.hplcPurity !== undefined && lot.hplcWavelengthNm === undefined) issue("hplcWavelengthNm", "Give the detection wavelength");
    if (lot.hplcPurity === undefined && lot.hplcWavelengthNm !== undefined)
      issue("hplcPurity", "Enter the purity, or clear the wavelength");
    if (lot.nmrConclusion && !lot.nmrConsistent) issue("nmrConsistent", "Say whether the spectrum is consistent with the structure");
    if (lot.msMzFound !== undefined && !lot.msAdduct) issue("msAdduct", "Say which ion the m/z is of");
    if (lot.msMzFound === undefined && lot.msAdduct) issue("msMzFound", "Enter the m/z found, or clear the ion");
    if (lot.hplcPurity === undefined && !lot.nmrConsistent && lot.msMzFound === undefined) {
      issue("hplcPurity", "A certificate needs at least one result: HPLC purity, ¹H NMR or LC-MS");
    }
  });
export type LotInput = z.infer<typeof lotSchema>;

/** The public find-a-CoA form. */
export const coaLookupSchema = z.object({ lot: lotNumberField });
