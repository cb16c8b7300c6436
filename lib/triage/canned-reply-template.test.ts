import { describe, expect, it } from "vitest";
import {
  fillTemplate,
  placeholdersIn,
  templateVariables,
  unfilledPlaceholders,
  unknownVariables,
} from "@/lib/triage/canned-reply-template";
import { replySchemaFor } from "@/lib/triage/schemas";

const values = { name: "Dr Ana Ruiz", reference: "Q-2026-000123", product: "LY3020371 hydrochloride (B8105958)" };

describe("fillTemplate", () => {
  it("fills every known slot, with or without spaces inside the braces", () => {
    expect(fillTemplate("Dear {{name}},\n\nAbout {{ reference }}: {{product}} is in stock. ({{  reference}})", values)).toBe(
      "Dear Dr Ana Ruiz,\n\nAbout Q-2026-000123: LY3020371 hydrochloride (B8105958) is in stock. (Q-2026-000123)",
    );
  });

  it("leaves unknown slots exactly as written", () => {
    expect(fillTemplate("Hello {{ firstName }}, re {{reference}} and {{price}}", values)).toBe(
      "Hello {{ firstName }}, re Q-2026-000123 and {{price}}",
    );
  });

  it("leaves text without slots, and malformed braces, untouched", () => {
    expect(fillTemplate("No slots here {name} {{ }} {{name", values)).toBe("No slots here {name} {{ }} {{name");
  });

  it("does not expand slots that appear inside a filled-in value", () => {
    const sneaky = { ...values, name: "{{reference}}", product: "{{ name }}" };
    expect(fillTemplate("Dear {{name}}, about {{product}}", sneaky)).toBe("Dear {{reference}}, about {{ name }}");
  });

  it("never fills slots named like built-in object properties", () => {
    expect(fillTemplate("Hi {{constructor}} {{toString}}", values)).toBe("Hi {{constructor}} {{toString}}");
  });

  it("inserts values literally, even with $ patterns a string replace would interpret", () => {
    expect(fillTemplate("Total for {{name}}", { ...values, name: "$& $1 $$" })).toBe("Total for $& $1 $$");
  });
});

describe("unknownVariables", () => {
  it("lists the slots we cannot fill, in order, and none for a valid template", () => {
    expect(templateVariables).toEqual(["name", "reference", "product"]);
    expect(unknownVariables("Dear {{name}}, {{ reference }} {{product}}")).toEqual([]);
    expect(unknownVariables("Dear {{ Name }}, {{price}} {{reference}} {{lead}}")).toEqual(["Name", "price", "lead"]);
    // Typos with underscores or hyphens are caught too, instead of reaching a requester verbatim.
    expect(unknownVariables("{{product_name}} {{ first-name }}")).toEqual(["product_name", "first-name"]);
  });
});

describe("placeholders", () => {
  const template =
    "Dear {{name}},\n\n[pack size — price — lead time]\n\nBinding of [3H]MK-801 [1], ref [Q-2026-000123]; [price] or [price].";

  it("are the bracketed passages holding words, each once; chemistry and references are not", () => {
    expect(placeholdersIn(template)).toEqual(["[pack size — price — lead time]", "[price]"]);
    expect(placeholdersIn("No brackets here")).toEqual([]);
  });

  it("count as unfilled while the reply holds them word for word", () => {
    const placeholders = placeholdersIn(template);
    expect(unfilledPlaceholders("5 mg — EUR 595 — 2 days; [price]", placeholders)).toEqual(["[price]"]);
    expect(unfilledPlaceholders("5 mg — EUR 595 — 2 days", placeholders)).toEqual([]);
  });

  it("stop the reply form until filled in or confirmed", () => {
    const schema = replySchemaFor(["[pack size — price — lead time]"]);
    const reply = { inquiryId: "abc123", body: "Offer: [pack size — price — lead time]" };
    const refused = schema.safeParse(reply);
    expect(refused.success).toBe(false);
    expect(refused.error?.issues[0]).toMatchObject({
      path: ["sendAsWritten"],
      message: expect.stringContaining("“[pack size — price — lead time]”"),
    });
    expect(schema.safeParse({ ...reply, sendAsWritten: "on" }).success).toBe(true);
    expect(schema.safeParse({ ...reply, body: "Offer: 5 mg — EUR 595 — 2 days" }).success).toBe(true);
  });
});
