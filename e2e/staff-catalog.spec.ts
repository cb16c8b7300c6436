import { expect, test } from "@playwright/test";
import { authFile } from "./staff";

test.use({ storageState: authFile("admin") });

test("an admin edits a product; the cached product page shows the change at once", async ({ page }) => {
  // The page is served from Next's cache before the edit.
  await page.goto("/products/B8106205");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Memantine hydrochloride");

  await page.goto("/staff/catalog?q=memantine");
  await page.getByRole("link", { name: /^Edit B8106205/ }).click();
  const form = page.getByRole("form", { name: "Edit B8106205" });

  // A structure RDKit cannot read is refused, and nothing typed is lost.
  const smiles = form.getByLabel("Structure (SMILES)");
  const original = await smiles.inputValue();
  await smiles.fill("C1CC(");
  const note = `In stock — ships within 1 business day (checked ${Date.now()})`;
  await form.getByLabel("Availability").fill(note);
  await form.getByRole("button", { name: "Save product" }).click();
  await expect(form.getByRole("alert")).toContainText("Not saved");
  await expect(form.getByLabel("Availability")).toHaveValue(note);

  await smiles.fill(original);
  await form.getByRole("button", { name: "Save product" }).click();
  await expect(form.getByRole("status")).toHaveText("Saved B8106205; its pages are refreshed.");

  await page.goto("/products/B8106205");
  await expect(page.getByText(note).first()).toBeVisible();
});
