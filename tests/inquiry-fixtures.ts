// Small builders shared by the triage tests: inquiry forms as a browser posts them, stored inquiries
// and staff members. Every name and address is unique per call, so tests never collide, also on
// one shared PostgreSQL database.
import { randomUUID } from "node:crypto";
import { expect } from "vitest";
import { computeStructureProperties } from "@/lib/catalog/chemistry";
import { db } from "@/lib/db";
import type { InquiryKind, StaffRole } from "@/lib/generated/prisma/enums";
import { createInquiry, type NewInquiry } from "@/lib/inquiries/create-inquiry";
import { submitInquiry } from "@/lib/inquiries/submit-inquiry";

/** A short lower-case token, unique per call: for addresses, ids and search words. */
export const uniqueToken = (prefix = "t") => `${prefix}${randomUUID().replaceAll("-", "").slice(0, 10)}`;

// A domain of its own too: per-address limits ignore "+tags", and acknowledgments are capped per domain.
export const uniqueEmail = (local = "requester") => `${local}@${uniqueToken("lab")}.example.edu`;

export function form(values: Record<string, string | string[]>) {
  const data = new FormData();
  for (const [key, value] of Object.entries(values)) for (const v of [value].flat()) data.append(key, v);
  return data;
}

const requester = () => ({
  idempotencyKey: randomUUID(),
  name: "Dr Ana Ruiz",
  email: uniqueEmail("ana.ruiz"),
  institution: "Example University",
  country: "Spain",
  researchUseAcknowledged: "on",
});

/** The one catalog product quote forms ask for (see ensureTestProduct). */
export const TEST_PRODUCT = { catalogNumber: "TST-0001", name: "Testamide hydrochloride" };

/**
 * A minimal catalog product, so quote forms validate without seeding the whole catalog. It has its
 * fingerprints like any real product: one without them is a candidate for every structure search,
 * which on a shared PostgreSQL database changed what structure-search tests saw.
 */
export async function ensureTestProduct() {
  const { patternFp, morganFp } = await computeStructureProperties("CCO", { draw: false });
  await db.product.upsert({
    where: { catalogNumber: TEST_PRODUCT.catalogNumber },
    update: {},
    create: {
      catalogNumber: TEST_PRODUCT.catalogNumber,
      name: TEST_PRODUCT.name,
      saltForm: "hydrochloride",
      smiles: "CCO",
      inchi: "InChI=1S/C2H6O/c1-2-3/h3H,2H2,1H3",
      inchiKey: "LFQSCWFLJHTTHZ-UHFFFAOYSA-N",
      formula: "C2H6O",
      molecularWeight: 46.07,
      exactMass: 46.0419,
      structureSvg: "<svg xmlns='http://www.w3.org/2000/svg'/>",
      patternFp,
      morganFp,
      description: "A product that exists only in tests.",
      compound: { connectOrCreate: { where: { slug: "testamide" }, create: { slug: "testamide", name: "Testamide" } } },
    },
  });
}

/** A quote form for TEST_PRODUCT (call ensureTestProduct first). */
export function quoteForm(overrides: Record<string, string | string[]> = {}) {
  return form({
    ...requester(),
    "items.0.catalogNumber": TEST_PRODUCT.catalogNumber,
    "items.0.quantity": "10",
    "items.0.unit": "mg",
    "items.0.grade": "research",
    ...overrides,
  });
}

/** A custom synthesis form by compound name only: needs no catalog and no RDKit. */
export function customSynthesisForm(overrides: Record<string, string | string[]> = {}) {
  return form({
    ...requester(),
    compoundName: "Ketamine-d4",
    quantity: "5",
    unit: "g",
    purity: "≥98%",
    labelling: "none",
    grade: "research",
    endUse: "Internal standard for LC-MS quantification of ketamine in rat plasma, university lab",
    ...overrides,
  });
}

/** A support form about TEST_PRODUCT (call ensureTestProduct first). */
export function supportForm(overrides: Record<string, string | string[]> = {}) {
  return form({
    ...requester(),
    catalogNumbers: TEST_PRODUCT.catalogNumber,
    application: "Forced-swim test",
    question: "Which vehicle suits i.p. dosing in mice?",
    ...overrides,
  });
}

/** Submit through the real form path (with its own IP, so rate limits never interfere) and expect it stored. */
export async function submitOk(kind: InquiryKind, formData: FormData) {
  const result = await submitInquiry({ kind, formData, submitterIp: uniqueToken("ip-") });
  expect(result).toMatchObject({ status: "ok" });
  if (result.status !== "ok") throw new Error("submission refused");
  return db.inquiry.findUniqueOrThrow({ where: { reference: result.reference } });
}

type InquiryOverrides = Partial<NewInquiry["requester"]> & {
  kind?: InquiryKind;
  details?: Record<string, unknown>;
  items?: NewInquiry["items"];
};

/** Store an inquiry directly (no form, no catalog), with its acknowledgment and staff emails. */
export async function newInquiry({ kind = "QUOTE", details = {}, items = [], ...requesterOverrides }: InquiryOverrides = {}) {
  const { idempotencyKey, name, email, institution, country } = requester();
  const person = { name, email, institution, country };
  const { id } = await createInquiry({ kind, idempotencyKey, requester: { ...person, ...requesterOverrides }, details, items, rows: [] });
  return db.inquiry.findUniqueOrThrow({ where: { id } });
}

export async function createStaff({
  name = "Test Agent",
  role = "AGENT",
  active = true,
  autoAssignKinds = [],
  id,
}: { name?: string; role?: StaffRole; active?: boolean; autoAssignKinds?: InquiryKind[]; id?: string } = {}) {
  return db.staffMember.create({ data: { id, email: `${uniqueToken("staff")}@reagentdesk.example`, name, role, active, autoAssignKinds } });
}
