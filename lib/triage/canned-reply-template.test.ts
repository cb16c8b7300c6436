import { describe, expect, it } from "vitest";
import { fillTemplate, templateVariables, unknownVariables } from "@/lib/triage/canned-reply-template";

const values = { name: "Dr Ana Ruiz", reference: "Q-2026-000123", product: "LY3020371 hydrochloride (B8105958)" };

describe("fillTemplate", () => {
  it("fills every known slot, with or without spaces inside the braces", () => {
    expect(fillTemplate("Dear {{name}},\n\nAbout {{ reference }}: {{product}} is in stock. ({{  reference}})", values)).toBe(
      "Dear Dr Ana Ruiz,\n\nAbout Q-2026-000123: LY3020371 hydrochloride (B8105958) is in stock. (Q-2026-000123)",
    );
  });

  it("leaves unknown slots exactly as written", () => {
    expect(fillTemplate("Hello {{ firstName }}, re {{reference}} and {{price}}", values)).toBe("Hello {{ firstName }}, re Q-2026-000123 and {{price}}");
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
