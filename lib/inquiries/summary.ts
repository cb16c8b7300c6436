// What an inquiry asked, as label/value rows: the same rows go into the staff email, the
// requester's acknowledgment and the staff inquiry page.
import type { SummaryRow } from "@/emails/components/email-layout";
import type { InquiryKind } from "@/lib/generated/prisma/enums";
import type { CustomSynthesisInput, QuoteInput, SupportInput } from "@/lib/inquiries/schema";
import { gradeLabels, labellingLabels } from "@/lib/inquiries/schema";

export type ResolvedItem = { catalogNumber: string; productName: string; quantity?: number; unit?: string; grade?: string };

const row = (label: string, value: string | number | undefined | null): SummaryRow[] =>
  value === undefined || value === null || value === "" ? [] : [{ label, value: String(value) }];

export function requesterRows(input: { name: string; email: string; institution: string; country: string; phone?: string | null }) {
  return [
    ...row("Name", input.name),
    ...row("Email", input.email),
    ...row("Institution", input.institution),
    ...row("Country", input.country),
    ...row("Phone", input.phone),
  ];
}

export function itemRows(items: ResolvedItem[]) {
  return items.map((item) => ({
    label: `${item.catalogNumber} ${item.productName}`,
    value:
      item.quantity !== undefined
        ? `${item.quantity} ${item.unit}, ${gradeLabels[item.grade as keyof typeof gradeLabels] ?? item.grade}`
        : "Product concerned",
  }));
}

export function quoteRows(input: QuoteInput, items: ResolvedItem[]) {
  return [
    ...itemRows(items),
    ...row("PO / reference", input.poReference),
    // Present only when the request named a controlled product (lib/inquiries/schema.ts).
    ...row("Licence / registration no.", input.licenceNumber),
    ...row("Licence document", input.licenceDocument ? `${input.licenceDocument} (in the conversation)` : undefined),
    ...row("End use", input.endUse),
    ...row("Notes", input.notes),
  ];
}

export function customSynthesisRows(input: CustomSynthesisInput) {
  return [
    ...row("Compound", input.compoundName),
    ...row("SMILES", input.smiles),
    ...row("CAS number", input.cas),
    ...row("Quantity", `${input.quantity} ${input.unit}`),
    ...row("Purity", input.purity === "other" ? "As described in the notes" : input.purity),
    ...row("Isotopic labelling", labellingLabels[input.labelling]),
    ...row("Label positions", input.labelPositions),
    ...row("Enrichment", input.enrichment !== undefined ? `${input.enrichment}%` : undefined),
    ...row("Grade", gradeLabels[input.grade]),
    ...row("Documents wanted", input.documents.join(", ") || "None"),
    ...row("Deadline", input.deadline),
    ...row("NDA needed", input.ndaRequired ? "Yes" : "No"),
    ...row("End use", input.endUse),
    ...row("Notes", input.notes),
  ];
}

export function supportRows(input: SupportInput, items: ResolvedItem[]) {
  return [
    ...itemRows(items),
    ...row("Application / assay", input.application),
    ...row("Solvent / vehicle", input.solvent),
    ...row("Concentration", input.concentration),
    ...row("Temperature", input.temperature),
    ...row("pH", input.ph),
    ...row("Cell type / species", input.system),
    ...row("Question", input.question),
    ...row("Notes", input.notes),
  ];
}

type StoredItem = { catalogNumber: string; productName: string; quantity: number | null; unit: string | null; grade: string | null };

/** The rows of an inquiry as stored: its details are the validated answers, so the form's rows apply. */
export function storedInquiryRows(inquiry: {
  kind: InquiryKind;
  details: unknown;
  poReference: string | null;
  notes: string | null;
  items: StoredItem[];
}) {
  const items: ResolvedItem[] = inquiry.items.map((i) => ({
    catalogNumber: i.catalogNumber,
    productName: i.productName,
    quantity: i.quantity ?? undefined,
    unit: i.unit ?? undefined,
    grade: i.grade ?? undefined,
  }));
  const answers: Record<string, unknown> = {
    ...(inquiry.details as object),
    poReference: inquiry.poReference ?? undefined,
    notes: inquiry.notes ?? undefined,
  };
  switch (inquiry.kind) {
    case "QUOTE":
      return quoteRows(answers as unknown as QuoteInput, items);
    case "CUSTOM_SYNTHESIS":
      return customSynthesisRows({ documents: [], ...answers } as unknown as CustomSynthesisInput);
    case "SUPPORT":
      return supportRows(answers as unknown as SupportInput, items);
  }
}
