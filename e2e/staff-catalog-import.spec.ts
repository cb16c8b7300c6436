import { expect, test, type Page } from "@playwright/test";
import { authFile } from "./staff";

test.use({ storageState: authFile("admin") });

const HEADER = "catalog_number,name,smiles,salt_form,cas,mw,availability";

async function upload(page: Page, name: string, lines: string[]) {
  await page.goto("/staff/catalog/import");
  await page
    .getByLabel("Catalog file (.csv or .sdf)")
    .setInputFiles({ name, mimeType: "text/csv", buffer: Buffer.from([HEADER, ...lines].join("\n") + "\n") });
  await page.getByRole("button", { name: "Import" }).click();
  return page.getByRole("region", { name: new RegExp(`^${name}: \\d+ records`) });
}

test("an admin imports a CSV from the upload page: bad lines are reported, good ones land, and the product page follows", async ({
  page,
}) => {
  const first = `Ships in 2 weeks (import ${Date.now()})`;
  const report = await upload(page, "theobromine.csv", [
    `E2E-IMP-001,Theobromine,Cn1cnc2c1c(=O)[nH]c(=O)n2C,free form,83-67-0,180.16,${first}`,
    "E2E-IMP-002,Broken structure,C1CC(,free form,,,",
    "E2E-IMP-003,Paracetamol,CC(=O)Nc1ccc(O)cc1,free form,103-90-2,999.9,",
  ]);
  await expect(report).toBeVisible({ timeout: 60_000 });
  await expect(report.getByRole("status")).toContainText(/(1 new, 0 updated|0 new, 1 updated), 0 unchanged, 2 rejected/);
  const rejected = report.getByRole("table", { name: /Rejected records/ });
  await expect(rejected.getByRole("row", { name: /^3 E2E-IMP-002/ })).toBeVisible();
  await expect(rejected.getByRole("row", { name: /^4 E2E-IMP-003/ })).toContainText("MW 999.9 ≠ computed");

  await page.goto("/products/E2E-IMP-001");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Theobromine");
  await expect(page.getByText(first).first()).toBeVisible();

  // The page is now in Next's cache; a second import that changes it must refresh it.
  const second = `In stock (import ${Date.now()})`;
  const again = await upload(page, "theobromine-update.csv", [
    `E2E-IMP-001,Theobromine,Cn1cnc2c1c(=O)[nH]c(=O)n2C,free form,83-67-0,180.16,${second}`,
  ]);
  await expect(again.getByRole("status")).toContainText("0 new, 1 updated, 0 unchanged, 0 rejected", { timeout: 60_000 });
  await expect(async () => {
    await page.goto("/products/E2E-IMP-001");
    await expect(page.getByText(second).first()).toBeVisible({ timeout: 1_000 });
  }).toPass({ timeout: 15_000 });
});

test("the upload refuses a file that is not CSV or SDF, next to the field", async ({ page }) => {
  await page.goto("/staff/catalog/import");
  const file = page.getByLabel("Catalog file (.csv or .sdf)");
  await file.setInputFiles({ name: "catalog.xlsx", mimeType: "application/octet-stream", buffer: Buffer.from("PK") });
  await page.getByRole("button", { name: "Import" }).click();
  await expect(file).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByText("Choose a .csv or .sdf file.")).toBeVisible();
});
