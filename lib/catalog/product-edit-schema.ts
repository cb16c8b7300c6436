// The staff product form: one schema for the browser and the server action. The deeper checks
// (structure, computed properties, duplicate CAS and InChIKey) are the import's, run on save.
import "@/lib/zod-jitless";
import { z } from "zod";
import { catalogNumberField, isValidCas } from "@/lib/inquiries/schema";

const text = (what: string, max: number) => z.string().trim().max(max, `Keep ${what} under ${max.toLocaleString("en")} characters`);
const optional = (what: string, max: number) => z.preprocess((v) => (v === "" ? undefined : v), text(what, max).optional());

export const productEditSchema = z.object({
  catalogNumber: catalogNumberField,
  name: text("the name", 200).min(1, "Enter the product name"),
  saltForm: text("the salt form", 80).min(1, "Enter the salt form, e.g. hydrochloride or free base"),
  parent: optional("the parent compound", 200),
  smiles: text("the SMILES", 2000).min(1, "Enter the structure as SMILES"),
  cas: z.preprocess((v) => (v === "" ? undefined : v), z.string().trim().refine(isValidCas, "Enter a CAS number like 1867-66-9 (its last digit is a check digit)").optional()),
  // One per line in the form; the import takes them ";"-separated.
  synonyms: optional("the synonyms", 2000),
  purity: optional("the purity", 80),
  appearance: optional("the appearance", 200),
  storage: optional("the storage conditions", 200),
  solubility: optional("the solubility", 500),
  availability: optional("the availability note", 200),
  description: text("the description", 10_000).min(1, "Write a description (with its sources)"),
});
export type ProductEditInput = z.infer<typeof productEditSchema>;
