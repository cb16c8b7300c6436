// Every form schema against hostile input, through parseForm as the browser and the server actions
// call it: parsing never throws, a refusal names the field that was bad (never "form" alone), and
// what is accepted holds no line break in a single-line field and nothing invisible anywhere.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { randomUUID } from "node:crypto";
import { productEditSchema } from "@/lib/catalog/product-edit-schema";
import { parseForm, type FormValues } from "@/lib/core/form-data";
import { customSynthesisSchema, quoteSchema, supportSchema } from "@/lib/inquiries/schema";
import { fileMessageSchema } from "@/lib/triage/file-message-schema";
import { parseInboxQuery } from "@/lib/triage/inbox-query";
import { bulkSchema, cannedReplySchema, noteSchema, replySchema, staffMemberSchema } from "@/lib/triage/schemas";
import type { z } from "zod";
import { hostileString, isWellFormed, RUNS, UNSAFE_IN_LINE, UNSAFE_IN_TEXT } from "@/tests/property/hostile";

type FieldKind = "line" | "text" | "other";
type FormCase = { name: string; schema: z.ZodType; valid: FormValues; fields: Record<string, FieldKind> };

const requester = {
  name: "Dr Ana Ruiz",
  email: "ana.ruiz@example.edu",
  institution: "Example University",
  country: "Spain",
  researchUseAcknowledged: "on",
  idempotencyKey: randomUUID(),
};
const requesterFields = {
  name: "line",
  email: "other",
  institution: "line",
  country: "line",
  phone: "other",
  notes: "text",
  idempotencyKey: "other",
  website: "other",
  researchUseAcknowledged: "other",
} as const;

const cases: FormCase[] = [
  {
    name: "quote",
    schema: quoteSchema,
    valid: {
      ...requester,
      "items.0.catalogNumber": "B8105958",
      "items.0.quantity": "10",
      "items.0.unit": "mg",
      "items.0.grade": "research",
    },
    fields: {
      ...requesterFields,
      poReference: "line",
      "items.0.catalogNumber": "other",
      "items.0.quantity": "other",
      "items.0.unit": "other",
      "items.0.grade": "other",
    },
  },
  {
    name: "custom synthesis",
    schema: customSynthesisSchema,
    valid: {
      ...requester,
      compoundName: "Ketamine-d4",
      quantity: "5",
      unit: "g",
      purity: "≥98%",
      labelling: "none",
      grade: "research",
      endUse: "Internal standard for an LC-MS assay in our university laboratory",
    },
    fields: {
      ...requesterFields,
      compoundName: "line",
      smiles: "other",
      cas: "other",
      quantity: "other",
      unit: "other",
      purity: "other",
      labelling: "other",
      labelPositions: "line",
      enrichment: "other",
      grade: "other",
      documents: "other",
      deadline: "other",
      endUse: "text",
    },
  },
  {
    name: "support",
    schema: supportSchema,
    valid: {
      ...requester,
      catalogNumbers: "B8105958",
      application: "Forced-swim test",
      question: "Which vehicle suits i.p. dosing in mice?",
    },
    fields: {
      ...requesterFields,
      catalogNumbers: "other",
      application: "line",
      solvent: "line",
      concentration: "line",
      temperature: "line",
      ph: "other",
      system: "line",
      question: "text",
    },
  },
  {
    name: "staff note",
    schema: noteSchema,
    valid: { inquiryId: "c1", body: "Called them back." },
    fields: { inquiryId: "other", body: "text" },
  },
  {
    name: "staff reply",
    schema: replySchema,
    valid: { inquiryId: "c1", body: "Dear Dr Ruiz,", thenStatus: "" },
    fields: { inquiryId: "other", body: "text", thenStatus: "other" },
  },
  {
    name: "bulk action",
    schema: bulkSchema,
    valid: { inquiryIds: ["c1", "c2"], action: "status", assigneeId: "", status: "IN_REVIEW" },
    fields: { inquiryIds: "other", action: "other", assigneeId: "other", status: "other" },
  },
  {
    name: "canned reply",
    schema: cannedReplySchema,
    valid: { id: "", title: "Price list", body: "Dear {{name}}," },
    fields: { id: "other", title: "line", body: "text" },
  },
  {
    name: "staff member",
    schema: staffMemberSchema,
    valid: { id: "", email: "new.agent@reagentdesk.example", name: "New Agent", role: "AGENT", autoAssignKinds: ["QUOTE"] },
    fields: { id: "other", email: "other", name: "line", role: "other", active: "other", autoAssignKinds: "other" },
  },
  {
    name: "file unmatched mail",
    schema: fileMessageSchema,
    valid: { messageId: "c1", reference: "[Q-2026-000123]" },
    fields: { messageId: "other", reference: "other" },
  },
  {
    name: "product edit",
    schema: productEditSchema,
    valid: {
      catalogNumber: "B8105958",
      name: "LY3020371 hydrochloride",
      saltForm: "hydrochloride",
      smiles: "CCO",
      description: "An mGlu2/3 antagonist [1].",
    },
    fields: {
      catalogNumber: "other",
      name: "line",
      saltForm: "line",
      parent: "line",
      smiles: "other",
      cas: "other",
      synonyms: "text",
      purity: "line",
      appearance: "line",
      storage: "line",
      availability: "line",
      description: "text",
    },
  },
];

const belongsTo = (key: string, field: string) => key === field || key.startsWith(`${field}.`);

/** What an accepted value of a field may not contain. */
function unsafeIn(kind: FieldKind, value: unknown) {
  if (typeof value !== "string" || kind === "other") return false;
  return !isWellFormed(value) || (kind === "line" ? UNSAFE_IN_LINE : UNSAFE_IN_TEXT).test(value);
}

/** The parsed value at a form name such as "items.0.catalogNumber". */
const valueAt = (data: unknown, name: string) =>
  name.split(".").reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], data);

describe.each(cases)("the $name form", ({ schema, valid, fields }) => {
  it("accepts its valid example", () => {
    expect(parseForm(schema, valid)).toMatchObject({ ok: true });
  });

  it("refuses a hostile value in one field with an error on that field alone, or stores it clean", () => {
    fc.assert(
      fc.property(fc.constantFrom(...Object.keys(fields)), hostileString, (field, value) => {
        const result = parseForm(schema, { ...valid, [field]: value });
        if (result.ok) {
          expect(unsafeIn(fields[field]!, valueAt(result.data, field)), `${field} accepted ${JSON.stringify(value.slice(0, 80))}`).toBe(
            false,
          );
        } else {
          const keys = Object.keys(result.fieldErrors);
          expect(keys.length).toBeGreaterThan(0);
          for (const key of keys) expect(belongsTo(key, field), `error on ${key} for a bad ${field}`).toBe(true);
          for (const message of Object.values(result.fieldErrors)) expect(message).toMatch(/\w/);
        }
      }),
      { numRuns: RUNS * 3 },
    );
  });

  it("never throws with every field hostile, and keys every error to a field of the form", () => {
    const names = Object.keys(fields);
    fc.assert(
      fc.property(fc.tuple(...names.map(() => fc.option(hostileString, { nil: undefined }))), (values) => {
        const form: FormValues = {};
        names.forEach((name, i) => {
          if (values[i] !== undefined) form[name] = values[i];
        });
        const result = parseForm(schema, form);
        if (result.ok) for (const name of names) expect(unsafeIn(fields[name]!, valueAt(result.data, name)), name).toBe(false);
        // A group with none of its fields sent ("items" without any "items.0.…") is named as the group.
        else
          for (const key of Object.keys(result.fieldErrors))
            expect(
              names.some((name) => belongsTo(key, name) || name.startsWith(`${key}.`)),
              `error key ${key}`,
            ).toBe(true);
      }),
      { numRuns: RUNS },
    );
  });
});

describe("the staff inbox's URL query", () => {
  it("reads any query string as some filter, never throwing", () => {
    const keys = fc.constantFrom("kind", "status", "assignee", "overdue", "from", "to", "q", "sort", "page", "__proto__", "constructor");
    fc.assert(
      fc.property(fc.array(fc.tuple(keys, hostileString), { maxLength: 8 }), (pairs) => {
        const params = new URLSearchParams();
        for (const [key, value] of pairs) params.append(key, value);
        const query = parseInboxQuery(params);
        expect(query.page).toBeGreaterThanOrEqual(1);
        expect((query.q ?? "").length).toBeLessThanOrEqual(200);
      }),
      { numRuns: RUNS },
    );
  });
});
