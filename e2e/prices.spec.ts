// List prices per currency: carried by the import, edited by an admin on the product form, shown on
// the cached public page at once, and readable on a phone.
import { expect, test, type Page } from "@playwright/test";
import { authFile } from "./staff";

const stamp = Date.now().toString(36).toUpperCase();

async function packRow(page: Page, size: string) {
  return page.getByRole("table", { name: /Pack sizes and prices/ }).getByRole("row", { name: new RegExp(`^${size} `) });
}

test.describe("as an admin", () => {
  test.use({ storageState: authFile("admin") });

  test("imports prices, edits a EUR price that the public page then shows, and sees a bad price refused next to its field", async ({
    page,
  }) => {
    test.setTimeout(120_000);
    const catalogNumber = `E2E-PRC-${stamp}`;
    // A fatty acid no other test writes: the import refuses a structure already in the catalog.
    const smiles = `OC(=O)${"C".repeat(20 + (Date.now() % 60))}`;
    const csv = [
      "catalog_number,name,smiles,description,pack_sizes,price_usd,price_eur,price_gbp",
      `${catalogNumber},Test fatty acid ${stamp},${smiles},For the price test.,1 mg;5 mg,165.00;595.00,155.00;,130.00;475.00`,
    ].join("\n");
    await page.goto("/staff/catalog/import");
    await page
      .getByLabel("Catalog file (.csv or .sdf)")
      .setInputFiles({ name: "prices.csv", mimeType: "text/csv", buffer: Buffer.from(csv) });
    await page.getByRole("button", { name: "Import" }).click();
    const report = page.getByRole("region", { name: /^prices\.csv: \d+ records/ });
    await expect(report.getByRole("status")).toContainText("1 new, 0 updated, 0 unchanged, 0 rejected", { timeout: 60_000 });

    // The public page, now in the cache: a price per currency, "On request" where there is none.
    await page.goto(`/products/${catalogNumber}`);
    await expect(await packRow(page, "1 mg")).toContainText("$165.00€155.00£130.00");
    await expect(await packRow(page, "5 mg")).toContainText("$595.00On request£475.00");

    await page.goto(`/staff/catalog/${catalogNumber}`);
    const form = page.getByRole("form", { name: `Edit ${catalogNumber}` });
    await form.getByLabel("1 mg, EUR").fill("149.50");
    await form.getByRole("button", { name: "Save product" }).click();
    await expect(form.getByRole("status")).toHaveText(`Saved ${catalogNumber}; its pages are refreshed.`);
    await expect(async () => {
      await page.goto(`/products/${catalogNumber}`);
      await expect(await packRow(page, "1 mg")).toContainText("€149.50", { timeout: 1_000 });
    }).toPass({ timeout: 15_000 });

    // A price with three decimals is refused under its own field; everything typed stays.
    await page.goto(`/staff/catalog/${catalogNumber}`);
    await form.getByLabel("5 mg, EUR").fill("560.00");
    await form.getByLabel("5 mg, USD").fill("595.005");
    await form.getByRole("button", { name: "Save product" }).click();
    await expect(form.getByLabel("5 mg, USD")).toHaveAccessibleDescription("Write a price like 165.00");
    await expect(form.getByLabel("5 mg, USD")).toHaveAttribute("aria-invalid", "true");
    await expect(form.getByLabel("5 mg, USD")).toHaveValue("595.005");
    await expect(form.getByLabel("5 mg, EUR")).toHaveValue("560.00");
    await expect(form.getByLabel("1 mg, EUR")).toHaveValue("149.50");
    await expect(form.getByLabel("5 mg, EUR")).not.toHaveAttribute("aria-invalid", "true");
  });
});

test("the pack-size table shows every price whole on a 390 px phone", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto("/products/B8105958");
  const table = page.getByRole("table", { name: /Pack sizes and prices/ });
  await expect(table).toContainText("£785.00");
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  expect(await table.evaluate((el) => el.getBoundingClientRect().right)).toBeLessThanOrEqual(390);
  const clipped = await table
    .locator("td")
    .evaluateAll((cells) => cells.filter((c) => c.scrollWidth > c.clientWidth).map((c) => c.textContent));
  expect(clipped).toEqual([]);
});
