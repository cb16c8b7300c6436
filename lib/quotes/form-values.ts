// The builder's values as the form holds them (text, as typed), shared by the server (prefill,
// reopening a draft) and the client form. Catalog lines carry their list prices, so changing the
// currency can re-price them.
import { euMemberState } from "@/lib/core/countries";
import { formatPercent, minorToDecimal, type Currency } from "@/lib/core/money";
import type { PackPrices } from "@/lib/catalog/prices";

export type LineValues = {
  productId: string;
  catalogNumber: string;
  description: string;
  packSize: string;
  grade: string;
  quantity: string;
  unitPrice: string;
  discount: string;
  leadTime: string;
  /** The pack size's list prices, for a catalog line; a currency change re-prices the line from them. */
  listPrices?: PackPrices;
};

export type QuoteFormValues = {
  currency: Currency;
  lines: LineValues[];
  shipping: string;
  taxNote: string;
  paymentTerms: string;
  incoterms: string;
  validUntil: string;
  notes: string;
  buyerName: string;
  buyerInstitution: string;
  buyerAddress: string;
};

export const emptyLine: LineValues = {
  productId: "",
  catalogNumber: "",
  description: "",
  packSize: "",
  grade: "",
  quantity: "1",
  unitPrice: "",
  discount: "",
  leadTime: "",
};

/** Lines staff add by hand: what a custom quote is usually made of. */
export const customLinePresets = [
  { label: "Custom-synthesis step", description: "Custom synthesis step: ", leadTime: "4–6 weeks" },
  { label: "Analytical package", description: "Analytical package: ¹H NMR, LC-MS, HPLC purity, CoA", leadTime: "" },
  { label: "Isotope labelling", description: "Isotope labelling: ", leadTime: "6–8 weeks" },
  { label: "Bulk amount", description: "Bulk amount: ", leadTime: "" },
  { label: "Blank line", description: "", leadTime: "" },
] as const;

export const PRICES_EXCLUDE_TAX = "Prices exclude VAT and sales tax.";
export const REVERSE_CHARGE =
  "For business customers in the EU, VAT is due from the customer under the reverse-charge procedure (Article 196, Council Directive 2006/112/EC); please give your VAT identification number with your order.";

/** The default tax note: net prices, and reverse-charge wording for a buyer in an EU member state. */
export function taxNoteFor(country: string) {
  return euMemberState(country) ? `${PRICES_EXCLUDE_TAX} ${REVERSE_CHARGE}` : PRICES_EXCLUDE_TAX;
}

/** A stored line as the form shows it again. */
export function lineValuesOf(line: {
  productId: number | null;
  catalogNumber: string | null;
  description: string;
  packSize: string | null;
  grade: string | null;
  quantity: number;
  unitPriceMinor: number;
  discountBasisPoints: number;
  leadTime: string | null;
}): LineValues {
  return {
    productId: line.productId ? String(line.productId) : "",
    catalogNumber: line.catalogNumber ?? "",
    description: line.description,
    packSize: line.packSize ?? "",
    grade: line.grade ?? "",
    quantity: String(line.quantity),
    unitPrice: minorToDecimal(line.unitPriceMinor),
    discount: line.discountBasisPoints ? formatPercent(line.discountBasisPoints).replace("%", "") : "",
    leadTime: line.leadTime ?? "",
  };
}
