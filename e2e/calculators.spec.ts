import { expect, test } from "@playwright/test";

// Reads only the demo catalog the server seeds at start-up; nothing is written, so no fixtures.

test("LY3020371 HCl's page: a 10 mM stock from 5 mg takes 1.263 mL, and its similar compounds link to structure search", async ({
  page,
}) => {
  await page.goto("/products/B8105958");
  const calculators = page.getByRole("region", { name: "Calculators" });
  await calculators.scrollIntoViewIfNeeded(); // the calculators load once near the viewport
  await expect(calculators.getByLabel("Molecular weight (g/mol)")).toHaveValue("395.81");

  // 5 mg ÷ 395.81 g/mol = 0.012632 mmol; ÷ 10 mmol/L = 0.0012632 L = 1.263 mL
  const table = calculators.getByRole("table", { name: /Volume of solvent to add/ });
  const tenMillimolar = table.getByRole("row", { name: /^10 mM/ });
  await expect(tenMillimolar.getByRole("cell").nth(1)).toHaveText("1.263 mL");
  // 1 mg ÷ 395.81 ÷ 1 mM × 1000 = 2.526 mL
  await expect(table.getByRole("row", { name: /^1 mM/ }).getByRole("cell").first()).toHaveText("2.526 mL");
  await expect(page.getByRole("region", { name: "Solubility" })).toContainText("No solubility data yet");

  const similar = page.getByRole("region", { name: "Similar compounds" });
  const freeAcid = similar.getByRole("listitem").filter({ has: page.getByRole("link", { name: "LY3020371", exact: true }) });
  await expect(freeAcid).toContainText(/B8105959 · Tanimoto 0\.\d\d|B8105959 · Tanimoto 1\.00/);
  await expect(freeAcid.getByRole("img", { name: "2D chemical structure of LY3020371" })).toBeVisible();
  await similar.getByRole("link", { name: "Find similar" }).click();
  await expect(page).toHaveURL(/\/search\/structure\?smiles=.+&mode=similarity/);
  await expect(page.getByRole("link", { name: "LY3020371 hydrochloride" }).first()).toBeVisible();
});

test("ketamine HCl's page: cited water solubility in mM, and 10 mg as free base is 11.53 mg of the salt", async ({ page }) => {
  await page.goto("/products/B8106012");
  // 200 mg/mL ÷ 274.19 g/mol × 1000 = 729.4 mM (a lower bound, from the USP monograph)
  const water = page.getByRole("region", { name: "Solubility" }).getByRole("row", { name: /Water/ });
  await expect(water).toContainText("≥ 200");
  await expect(water).toContainText("≥ 729.4");

  await page.getByRole("region", { name: "Calculators" }).scrollIntoViewIfNeeded(); // loads them
  const converter = page.getByRole("region", { name: "Free base ↔ salt" });
  // Parent from the InChI formula C13H16ClNO: 237.727 g/mol, shown to two decimals
  await expect(converter.getByLabel("Free base MW (g/mol)")).toHaveValue("237.73");
  await converter.getByLabel("Mass", { exact: true }).fill("10");
  // 10 mg × 274.19 ÷ 237.73 = 11.53 mg
  await expect(converter.getByRole("status")).toHaveText(/Weigh 11\.53 mg of the salt/);
});

test("/tools/calculators looks up a catalog number's MW, and solves molarity for any MW", async ({ page }) => {
  await page.goto("/tools/calculators");
  await page.getByLabel("Catalog number or molecular weight").fill("b8106012");
  await page.getByRole("button", { name: "Look up" }).click();
  await expect(page.getByText("Using Ketamine hydrochloride")).toBeVisible();
  await expect(page.getByLabel("Molecular weight (g/mol)")).toHaveValue("274.19");

  const molarity = page.getByRole("region", { name: "Molarity" });
  await molarity.getByLabel("Volume", { exact: true }).fill("10");
  await molarity.getByLabel("Concentration", { exact: true }).fill("10");
  // 10 mmol/L × 0.010 L × 274.19 g/mol = 27.42 mg
  await expect(molarity.getByRole("status")).toHaveText("Mass: 27.42 mg");

  const dilution = page.getByRole("region", { name: "Dilution" });
  await dilution.getByRole("textbox", { name: "Stock concentration (C₁)" }).fill("10"); // mM
  await dilution.getByRole("textbox", { name: "Final concentration (C₂)" }).fill("50"); // µM
  await dilution.getByRole("textbox", { name: "Final volume (V₂)" }).fill("1"); // mL
  // V1 = 50 µM × 1 mL ÷ 10,000 µM = 5 µL
  await expect(dilution.getByRole("status")).toHaveText("Stock volume (V₁): 5 µL");

  await page.getByLabel("Catalog number or molecular weight").fill("NOSUCH1");
  await page.getByRole("button", { name: "Look up" }).click();
  await expect(page.getByText(/No catalog product has the number/)).toBeVisible();
  await expect(page.getByLabel("Catalog number or molecular weight")).toHaveValue("NOSUCH1");
});
