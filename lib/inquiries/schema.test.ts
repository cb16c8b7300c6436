import { describe, expect, it } from "vitest";
import { parseForm, type FormValues } from "@/lib/core/form-data";
import { isValidCas } from "@/lib/core/catalog-identifiers";
import { customSynthesisSchema, numberFields, numberLabel, quoteSchema, supportSchema } from "@/lib/inquiries/schema";

const requester: FormValues = {
  name: "Dr Ana Ruiz",
  email: "a.ruiz@example.edu",
  institution: "Example University",
  country: "Spain",
  researchUseAcknowledged: "on",
  idempotencyKey: "3b241101-e2bb-4255-8caf-4136c566a962",
};
const quote = (extra: FormValues = {}): FormValues => ({
  ...requester,
  "items.0.catalogNumber": "b8105958",
  "items.0.quantity": "10",
  "items.0.unit": "mg",
  "items.0.grade": "research",
  ...extra,
});
const synthesis = (extra: FormValues = {}): FormValues => ({
  ...requester,
  quantity: "5",
  unit: "g",
  purity: "≥98%",
  labelling: "none",
  grade: "bulk",
  endUse: "Reference standard for an LC-MS assay in our university pharmacology lab",
  ...extra,
});
const support = (extra: FormValues = {}): FormValues => ({
  ...requester,
  catalogNumbers: "B8105958",
  application: "Forced-swim test in mice",
  question: "Which vehicle suits intraperitoneal dosing?",
  ...extra,
});

function errorsOf(result: ReturnType<typeof parseForm>) {
  return result.ok ? {} : result.fieldErrors;
}

describe("quote schema", () => {
  it("accepts a complete request and normalises the catalog number", () => {
    const result = parseForm(quoteSchema, quote({ phone: "", notes: "" }));
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.data.items[0]).toEqual({ catalogNumber: "B8105958", quantity: 10, unit: "mg", grade: "research" });
      expect(result.data.phone).toBeUndefined();
    }
  });

  it("names each missing or wrong field in words a researcher understands", () => {
    const errors = errorsOf(
      parseForm(quoteSchema, {
        idempotencyKey: "3b241101-e2bb-4255-8caf-4136c566a962",
        "items.0.catalogNumber": "",
        "items.0.quantity": "-1",
        "items.0.unit": "mg",
        "items.0.grade": "research",
      }),
    );
    expect(errors).toMatchObject({
      name: "Enter your name",
      email: "Enter your email address",
      institution: "Enter your institution or company",
      country: "Enter your country",
      "items.0.catalogNumber": "Enter a catalog number such as B8105958",
      "items.0.quantity": "Enter a quantity above zero",
    });
  });

  it("rejects a wrong email and an email carrying an injected header", () => {
    expect(errorsOf(parseForm(quoteSchema, quote({ email: "ana.ruiz@" }))).email).toMatch(/email address like/);
    expect(errorsOf(parseForm(quoteSchema, quote({ email: "a@b.c\nBcc: x@y.z" }))).email).toBeDefined();
    expect(errorsOf(parseForm(quoteSchema, quote({ email: "a@b.c\r\nBcc: x@y.z" }))).email).toBeDefined();
  });

  it("refuses line breaks and invisible controls in one-line fields, and oversized text", () => {
    expect(errorsOf(parseForm(quoteSchema, quote({ name: "Ana\r\nBcc: x@y.z" }))).name).toMatch(/line breaks/);
    expect(errorsOf(parseForm(quoteSchema, quote({ institution: "Uni\u202Eytisrevinu" }))).institution).toMatch(/control characters/);
    expect(errorsOf(parseForm(quoteSchema, quote({ notes: "x".repeat(4001) }))).notes).toMatch(/under 4,000/);
    expect(errorsOf(parseForm(quoteSchema, quote({ name: "x".repeat(121) }))).name).toMatch(/under 120/);
  });

  it("needs at least one product and a valid form key", () => {
    const noItems = Object.fromEntries(Object.entries(quote()).filter(([key]) => !key.startsWith("items.")));
    expect(errorsOf(parseForm(quoteSchema, noItems)).items).toBeDefined();
    expect(errorsOf(parseForm(quoteSchema, quote({ idempotencyKey: "x" }))).idempotencyKey).toMatch(/reload the page/);
  });
});

describe("custom synthesis schema", () => {
  it("needs a name, SMILES or CAS number, and says so on the name field", () => {
    expect(errorsOf(parseForm(customSynthesisSchema, synthesis())).compoundName).toMatch(/at least one/);
    expect(parseForm(customSynthesisSchema, synthesis({ smiles: "CCO" })).ok).toBe(true);
  });

  it("refuses SMILES garbage and CAS numbers with a wrong check digit", () => {
    expect(errorsOf(parseForm(customSynthesisSchema, synthesis({ smiles: "C C O; DROP TABLE" }))).smiles).toMatch(/not a SMILES/);
    expect(isValidCas("1867-66-9")).toBe(true); // ketamine hydrochloride
    expect(isValidCas("1867-66-8")).toBe(false);
    expect(errorsOf(parseForm(customSynthesisSchema, synthesis({ cas: "1867-66-8" }))).cas).toMatch(/check digit/);
  });

  it("asks for label positions when a label is chosen, and keeps enrichment within 1–100%", () => {
    expect(
      errorsOf(parseForm(customSynthesisSchema, synthesis({ compoundName: "Ketamine", labelling: "13C" }))).labelPositions,
    ).toBeDefined();
    expect(
      errorsOf(
        parseForm(
          customSynthesisSchema,
          synthesis({ compoundName: "Ketamine", labelling: "2H", labelPositions: "N-methyl-d3", enrichment: "120" }),
        ),
      ).enrichment,
    ).toMatch(/at most 100/);
  });

  it("reads checkboxes and refuses a deadline in the past", () => {
    const ok = parseForm(customSynthesisSchema, synthesis({ compoundName: "X", documents: ["CoA", "NMR"], ndaRequired: "on" }));
    expect(ok.ok && ok.data.documents).toEqual(["CoA", "NMR"]);
    expect(ok.ok && ok.data.ndaRequired).toBe(true);
    expect(errorsOf(parseForm(customSynthesisSchema, synthesis({ compoundName: "X", deadline: "2001-01-01" }))).deadline).toMatch(/past/);
  });
});

describe("support schema", () => {
  it("splits catalog numbers typed with commas or spaces", () => {
    const result = parseForm(supportSchema, support({ catalogNumbers: "b8105958, B8106012  B8106101" }));
    expect(result.ok && result.data.catalogNumbers).toEqual(["B8105958", "B8106012", "B8106101"]);
  });

  it("needs a product and a question of a sentence or more", () => {
    const errors = errorsOf(parseForm(supportSchema, support({ catalogNumbers: " ", question: "pH?" })));
    expect(errors.catalogNumbers).toMatch(/at least one product/);
    expect(errors.question).toMatch(/sentence or two/);
    expect(errorsOf(parseForm(supportSchema, support({ ph: "15" }))).ph).toMatch(/at most 14/);
  });
});

describe("number fields", () => {
  it("begin their messages with the field's label as the form prints it", () => {
    expect(errorsOf(parseForm(supportSchema, support({ ph: "15" }))).ph).toBe("pH must be at most 14");
    expect(errorsOf(parseForm(supportSchema, support({ ph: "-1" }))).ph).toBe("pH must be at least 0");
    expect(errorsOf(parseForm(supportSchema, support({ ph: "acidic" }))).ph).toBe("pH must be a number");
    expect(errorsOf(parseForm(customSynthesisSchema, synthesis({ compoundName: "Ketamine-d4", enrichment: "120" }))).enrichment).toBe(
      "Enrichment must be at most 100%",
    );
    expect(numberLabel(numberFields.enrichment)).toBe("Enrichment (%)");
    expect(numberLabel(numberFields.ph)).toBe("pH");
  });
});

describe("research-use acknowledgement and end use", () => {
  it.each([
    ["quote", quoteSchema, quote],
    ["custom synthesis", customSynthesisSchema, (extra: FormValues = {}) => synthesis({ compoundName: "Ketamine-d4", ...extra })],
    ["support", supportSchema, support],
  ] as const)("the %s form needs the box ticked (a checkbox's 'on', or 'true' from the API)", (_, schema, build) => {
    const unticked = build();
    delete unticked.researchUseAcknowledged;
    expect(errorsOf(parseForm(schema, unticked)).researchUseAcknowledged).toMatch(/research use only/);
    expect(errorsOf(parseForm(schema, build({ researchUseAcknowledged: "false" }))).researchUseAcknowledged).toMatch(/research use only/);
    expect(parseForm(schema, build({ researchUseAcknowledged: "true" })).ok).toBe(true);
    expect(parseForm(schema, build()).ok).toBe(true);
  });

  it("a custom synthesis needs an end-use statement of 30 to 2,000 characters", () => {
    const without = synthesis({ compoundName: "Ketamine-d4" });
    delete without.endUse;
    expect(errorsOf(parseForm(customSynthesisSchema, without)).endUse).toMatch(/end use/);
    expect(errorsOf(parseForm(customSynthesisSchema, synthesis({ compoundName: "Ketamine-d4", endUse: "research" }))).endUse).toMatch(
      /at least 30/,
    );
    expect(errorsOf(parseForm(customSynthesisSchema, synthesis({ compoundName: "Ketamine-d4", endUse: "x".repeat(2001) }))).endUse).toMatch(
      /under 2,000/,
    );
  });
});
