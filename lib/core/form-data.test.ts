// Form names are attacker input: they must never reach a prototype, size an array, or add a field
// the form's schema does not declare (issue 12, items 1 and 2).
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { formValues, MAX_LIST_ITEMS, parseForm } from "@/lib/core/form-data";
import { quoteSchema } from "@/lib/inquiries/schema";
import { submitInquiry } from "@/lib/inquiries/submit-inquiry";
import { ensureTestProduct, form, quoteForm, submitOk, uniqueToken } from "@/tests/inquiry-fixtures";

/** The body of a form-encoded POST as the route handler reads it. */
const posted = (body: string) => new Response(body, { headers: { "Content-Type": "application/x-www-form-urlencoded" } }).formData();

describe("field names that lead to a prototype", () => {
  it("kind=QUOTE&constructor.prototype.website=x pollutes nothing and the next quote is accepted", async () => {
    await ensureTestProduct();
    const result = await submitInquiry({
      kind: "QUOTE",
      formData: await posted("kind=QUOTE&constructor.prototype.website=x"),
      submitterIp: uniqueToken("ip-"),
    });
    expect(result).toMatchObject({ status: "error", reason: "invalid" });
    expect(Object.prototype).not.toHaveProperty("website");
    expect(({} as Record<string, unknown>).website).toBeUndefined();
    // Before the fix every later inquiry was refused as a bot: the honeypot read "x" from Object.prototype.
    await submitOk("QUOTE", quoteForm());
  });

  it("ignores __proto__, constructor and prototype at any depth", async () => {
    const body = [
      "__proto__.polluted=1",
      "__proto__=1",
      "constructor.prototype.polluted=1",
      "items.__proto__.polluted=1",
      "items.0.__proto__.polluted=1",
      "items.0.constructor.prototype.polluted=1",
    ].join("&");
    const values = formValues(await posted(body));
    expect(Object.getPrototypeOf(values)).toBe(Object.prototype);
    const result = parseForm(quoteSchema, values);
    expect(result.ok).toBe(false);
    expect(Object.prototype).not.toHaveProperty("polluted");
    expect(Array.prototype).not.toHaveProperty("polluted");
  });

  it("a repeated field named __proto__ stays an own value of the form", async () => {
    const values = formValues(await posted("__proto__=a&__proto__=b&constructor=c"));
    expect(Object.getPrototypeOf(values)).toBe(Object.prototype);
    expect(Object.getOwnPropertyDescriptor(values, "__proto__")?.value).toEqual(["a", "b"]);
    expect(Object.getOwnPropertyDescriptor(values, "constructor")?.value).toBe("c");
  });

  it("reads only the names the schema declares", () => {
    const schema = z.object({ name: z.string(), rows: z.array(z.object({ a: z.string() })) }).strict();
    const result = parseForm(schema, { name: "x", extra: "y", "rows.0.a": "1", "rows.0.b": "2", "name.deeper": "z", "rows.x.a": "3" });
    // .strict() would refuse any undeclared key that got through.
    expect(result).toEqual({ ok: true, data: { name: "x", rows: [{ a: "1" }] } });
  });
});

describe("list indexes", () => {
  const quoteWith = (index: string) => ({
    idempotencyKey: "3b241101-e2bb-4255-8caf-4136c566a962",
    name: "Dr Ana Ruiz",
    email: "ana@example.edu",
    institution: "Example University",
    country: "Spain",
    researchUseAcknowledged: "on",
    [`items.${index}.catalogNumber`]: "B8105958",
    [`items.${index}.quantity`]: "1",
    [`items.${index}.unit`]: "mg",
    [`items.${index}.grade`]: "research",
  });

  it("closes up holes and keeps the index order", () => {
    const result = parseForm(quoteSchema, {
      ...quoteWith("7"),
      "items.2.catalogNumber": "B8106012",
      "items.2.quantity": "2",
      "items.2.unit": "g",
      "items.2.grade": "bulk",
    });
    expect(result.ok && result.data.items.map((i) => i.catalogNumber)).toEqual(["B8106012", "B8105958"]);
  });

  it(`accepts index ${MAX_LIST_ITEMS - 1} and refuses a list longer than ${MAX_LIST_ITEMS}, naming the list`, () => {
    expect(parseForm(quoteSchema, quoteWith(String(MAX_LIST_ITEMS - 1))).ok).toBe(true);
    expect(parseForm(quoteSchema, quoteWith(String(MAX_LIST_ITEMS)))).toEqual({
      ok: false,
      fieldErrors: { items: `Send at most ${MAX_LIST_ITEMS} entries in this list` },
    });
  });

  it("the quote form's own maximum (25) still speaks first", () => {
    const values: Record<string, string> = quoteWith("0");
    for (let i = 1; i < 26; i++)
      Object.assign(values, {
        [`items.${i}.catalogNumber`]: "B8105958",
        [`items.${i}.quantity`]: "1",
        [`items.${i}.unit`]: "mg",
        [`items.${i}.grade`]: "research",
      });
    const result = parseForm(quoteSchema, values);
    expect(!result.ok && result.fieldErrors.items).toMatch(/Up to 25 products/);
  });

  // The bound is the issue's: before the fix, index 3e8 blocked the event loop for 5.7 s and
  // 4294967294 for 112 s. Measured around the synchronous part alone, the only part that can block.
  it.each(["300000000", "4294967294", "9".repeat(400)])("index %s is refused within 100 ms", async (index) => {
    const formData = form({ ...quoteWith(index), [`x.${index}`]: "1" });
    const started = performance.now();
    const result = await submitInquiry({ kind: "QUOTE", formData, submitterIp: uniqueToken("ip-") });
    expect(performance.now() - started).toBeLessThan(100);
    expect(result).toMatchObject({ status: "error", reason: "invalid", fieldErrors: { items: expect.stringMatching(/at most 50/) } });
  });
});
