// Demo inquiries for the quick start's staff inbox. They go through the same validation and storage
// path as the public forms (lib/inquiries/submit-inquiry.ts); the requesters are fictitious and use
// reserved example domains, so their acknowledgments can never reach a real person.
import type { InquiryKind } from "@/lib/generated/prisma/enums";

export type DemoInquiry = {
  kind: InquiryKind;
  /** Fixed, so re-seeding finds the inquiry already stored. */
  idempotencyKey: string;
  /** How long ago it arrived, so the inbox shows ages and one overdue request. */
  hoursAgo: number;
  fields: Record<string, string | string[]>;
  /** Files sent with the form (the licence document of a controlled product's quote request). */
  files?: { field: string; name: string; type: string; content: string }[];
};

// A stand-in for a licence copy: a one-page PDF that says it is demo data, nothing more.
const DEMO_LICENCE_PDF = [
  "%PDF-1.4",
  "1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj",
  "2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj",
  "3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >> endobj",
  "4 0 obj << /Length 68 >> stream",
  "BT /F1 18 Tf 72 760 Td (DEMO DATA - not a real controlled drug licence) Tj ET",
  "endstream endobj",
  "5 0 obj << /Type /Font /Subtype /Type1 /BaseFont /Helvetica >> endobj",
  "trailer << /Root 1 0 R >>",
  "%%EOF",
].join("\n");

// Every form requires the research-use confirmation; the demo requesters gave it.
const requester = (name: string, email: string, institution: string, country: string) => ({
  name,
  email,
  institution,
  country,
  researchUseAcknowledged: "on",
});

export const demoInquiries: DemoInquiry[] = [
  {
    kind: "QUOTE",
    idempotencyKey: "6f1c2a9e-0d6b-4c43-9a8f-3b1f0e7d5a01",
    hoursAgo: 3,
    fields: {
      ...requester("Dr Ana Ruiz", "a.ruiz@neuro-lab.example.edu", "Institute of Neuropharmacology, University of Example", "Spain"),
      "items.0.catalogNumber": "B8105958",
      "items.0.quantity": "25",
      "items.0.unit": "mg",
      "items.0.grade": "research",
      "items.1.catalogNumber": "B8106012",
      "items.1.quantity": "100",
      "items.1.unit": "mg",
      "items.1.grade": "research",
      poReference: "PO-2026-0412",
      notes: "For a head-to-head forced-swim study in rats. Please include lead time to Madrid.",
      // B8106012 (ketamine hydrochloride) is controlled: the request carries a licence (demo data).
      licenceNumber: "DEMO-0000-0000 (demo data, not a real licence)",
      endUse:
        "Head-to-head forced-swim study in rats comparing LY3020371 with ketamine, in our institute's licensed animal facility in Madrid; not for re-sale or transfer.",
    },
    files: [{ field: "licenceDocument", name: "demo-licence.pdf", type: "application/pdf", content: DEMO_LICENCE_PDF }],
  },
  {
    kind: "CUSTOM_SYNTHESIS",
    idempotencyKey: "6f1c2a9e-0d6b-4c43-9a8f-3b1f0e7d5a02",
    hoursAgo: 30,
    fields: {
      ...requester("Dr Tomas Lindqvist", "t.lindqvist@pharma-dmpk.example.com", "Example Pharma DMPK", "Sweden"),
      compoundName: "Ketamine-d4 hydrochloride (internal standard)",
      smiles: "Cl.CNC1(CCCCC1=O)c1ccccc1Cl",
      quantity: "500",
      unit: "mg",
      purity: "≥98%",
      labelling: "2H",
      labelPositions: "cyclohexanone ring, 4 deuteriums",
      enrichment: "99",
      grade: "research",
      documents: ["CoA", "NMR", "MS"],
      ndaRequired: "on",
      notes: "LC-MS/MS internal standard for plasma quantitation.",
      endUse: "Internal standard for LC-MS/MS quantitation of ketamine in rat plasma, in our DMPK laboratory in Sweden.",
    },
  },
  {
    kind: "SUPPORT",
    idempotencyKey: "6f1c2a9e-0d6b-4c43-9a8f-3b1f0e7d5a03",
    hoursAgo: 75,
    fields: {
      ...requester("Mei Chen", "mei.chen@phd.example.ac.uk", "Department of Psychiatry, Example University", "United Kingdom"),
      catalogNumbers: "B8105958",
      application: "Intraperitoneal dosing in mice before a forced-swim test",
      solvent: "0.9% saline",
      concentration: "1 mg/mL",
      temperature: "room temperature",
      system: "C57BL/6J mice",
      question: "Will the hydrochloride dissolve fully in saline at 1 mg/mL, and how long is the solution stable?",
    },
  },
  {
    kind: "QUOTE",
    idempotencyKey: "6f1c2a9e-0d6b-4c43-9a8f-3b1f0e7d5a04",
    hoursAgo: 6,
    fields: {
      ...requester("Prof. Kwame Mensah", "k.mensah@biochem.example.org", "Example Institute of Biochemistry", "Ghana"),
      "items.0.catalogNumber": "B8106101",
      "items.0.quantity": "10",
      "items.0.unit": "mg",
      "items.0.grade": "research",
      notes: "Used as an mGlu2/3 antagonist control in slice electrophysiology.",
    },
  },
];
