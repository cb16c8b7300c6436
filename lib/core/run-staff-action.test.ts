import { describe, expect, it } from "vitest";
import { targetSchema } from "@/lib/catalog/target-schema";
import { runStaffAction } from "@/lib/core/run-staff-action";

describe("runStaffAction", () => {
  it("refuses control characters in any staff form field, next to the field, before the action runs", async () => {
    const form = new FormData();
    form.set("name", "mGlu2\u0000 receptor");
    form.set("family", "Metabotropic \u202Eglutamate receptors");
    form.set("geneSymbol", "GRM2");
    let ran = false;
    const state = await runStaffAction(targetSchema, form, async () => {
      ran = true;
      return "saved";
    });
    expect(ran).toBe(false);
    expect(state).toMatchObject({
      status: "error",
      fieldErrors: { name: "Remove invisible control characters", family: "Remove invisible control characters" },
      values: { name: "mGlu2\u0000 receptor", geneSymbol: "GRM2" },
    });
  });
});
