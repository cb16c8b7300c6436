import { expect, test, type Page } from "@playwright/test";

// Reads only the demo catalog the server seeds at start-up; nothing is written, so no fixtures.

// LY3020371's bicyclic amino-acid core with its arylthiomethyl arm (no stereo, no fluorines):
// only LY3020371 and its hydrochloride contain it.
const LY3020371_CORE = "NC1(C(=O)O)C(CSc2ccccc2)C(O)C2C(C(=O)O)C21";

function structureForm(page: Page) {
  const form = page.getByRole("search", { name: "Structure search" });
  return { form, query: form.getByLabel("Query structure (SMILES)"), submit: form.getByRole("button", { name: "Search" }) };
}

test("a researcher draws a substructure, searches, and opens a hit's product page", async ({ page }) => {
  await page.goto("/search/structure");
  const { form, query, submit } = structureForm(page);
  await query.fill(LY3020371_CORE);

  // The live drawing (RDKit on the server) appears a moment after typing stops.
  const drawing = form.getByRole("img", { name: `Query structure drawn from the SMILES ${LY3020371_CORE}` });
  await expect(drawing).toBeVisible();
  await expect.poll(() => drawing.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
  await expect(form.getByRole("radio", { name: /^Substructure/ })).toBeChecked();

  await submit.click();
  // A GET form: the search is a linkable URL.
  await expect(page).toHaveURL(/\/search\/structure\?/);
  expect(new URL(page.url()).searchParams.get("smiles")).toBe(LY3020371_CORE);
  expect(new URL(page.url()).searchParams.get("mode")).toBe("substructure");

  const results = page.getByRole("region", { name: "Contain this substructure" });
  await expect(results.getByRole("status")).toContainText("2 compounds contain");
  await expect(results.getByRole("link", { name: "LY3020371", exact: true })).toBeVisible();
  await expect(results.getByRole("link", { name: "Ketamine hydrochloride", exact: true })).toHaveCount(0);
  await expect(results.getByRole("img", { name: "2D chemical structure of LY3020371 hydrochloride" })).toBeVisible();
  await expect(query).toHaveValue(LY3020371_CORE);

  await results.getByRole("link", { name: "LY3020371 hydrochloride", exact: true }).click();
  await expect(page).toHaveURL(/\/products\/B8105958$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("LY3020371 hydrochloride");
});

test("similarity search ranks ketamine hydrochloride first for its own SMILES", async ({ page }) => {
  await page.goto("/search/structure");
  const { form, query } = structureForm(page);
  await query.fill("Cl.CNC1(CCCCC1=O)c1ccccc1Cl");
  await form.getByRole("radio", { name: /^Similarity/ }).check();
  // Enter searches from the SMILES field.
  await query.press("Enter");

  await expect(page).toHaveURL(/[?&]mode=similarity(&|$)/);
  const results = page.getByRole("region", { name: "Most similar (Tanimoto, Morgan r=2)" });
  const first = results.getByRole("listitem").first();
  await expect(first.getByRole("heading")).toHaveText("Ketamine hydrochloride");
  await expect(first).toContainText("Similarity 1.00");
  await expect(results.getByRole("listitem").nth(1).getByRole("heading")).toHaveText("Esketamine hydrochloride");
});

test("a SMILES RDKit cannot read is reported next to the field and kept", async ({ page }) => {
  await page.goto("/search/structure");
  const { query, submit } = structureForm(page);
  await query.fill("C1CC(");
  await submit.click();

  await expect(page).toHaveURL(/[?&]smiles=C1CC/);
  await expect(query).toHaveAttribute("aria-invalid", "true");
  await expect(query).toHaveAccessibleDescription(/RDKit cannot read this/);
  await expect(query).toHaveValue("C1CC(");
  await expect(page.getByRole("region", { name: "Contain this substructure" })).toHaveCount(0);
});

test("an empty substructure result says so and offers a similarity search", async ({ page }) => {
  await page.goto(`/search/structure?${new URLSearchParams({ smiles: "CCCCCCCCCCCCBr", mode: "substructure" })}`);
  const results = page.getByRole("region", { name: "Contain this substructure" });
  await expect(results).toContainText("No catalog compound contains this structure.");
  await results.getByRole("link", { name: "Find the most similar compounds instead" }).click();

  await expect(page).toHaveURL(/[?&]mode=similarity(&|$)/);
  const { form, query } = structureForm(page);
  await expect(form.getByRole("radio", { name: /^Similarity/ })).toBeChecked();
  await expect(query).toHaveValue("CCCCCCCCCCCCBr");
  await expect(page.getByRole("region", { name: "Most similar (Tanimoto, Morgan r=2)" })).toBeVisible();
});
