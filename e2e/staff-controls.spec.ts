// Issue 14 item 7: an admin records a product's controlled status with its source; the cached product
// page, the structure-search hits and the quote form follow at once, and removing it undoes all three.
// MK-801 is not used by any other spec, so the temporary status changes nothing they check.
import { expect, test } from "@playwright/test";
import { authFile } from "./staff";

test.use({ storageState: authFile("admin") });

const MK801 = "B8106204";
const CITATION = "E2E register of controlled research chemicals, part 1";

test("an admin adds, edits and removes a controlled status; product page, structure search and quote form follow", async ({ page }) => {
  test.setTimeout(60_000);
  await page.goto(`/products/${MK801}`); // cached before the edit
  await expect(page.getByRole("region", { name: "Controlled substance" })).toHaveCount(0);

  await page.goto(`/staff/catalog/${MK801}`);
  const add = page.getByRole("form", { name: "Add a controlled status" });
  // No source: the error sits beside the source field and what was typed stays.
  await add.getByLabel("Jurisdiction").fill("ZZ-E2E");
  await add.getByLabel("Schedule or class").fill("Class Z");
  await add.getByRole("button", { name: "Add the status" }).click();
  await expect(add.locator("#new-control-source-error")).toContainText("names its source");
  await expect(add.getByLabel("Schedule or class")).toHaveValue("Class Z");

  await add.getByLabel("Or a new source: citation").fill(CITATION);
  await add.getByLabel("Its address").fill("https://example.org/register");
  await add.getByRole("button", { name: "Add the status" }).click();
  await expect(add.getByRole("status")).toHaveText("Added the controlled status in ZZ-E2E.");

  await page.goto(`/products/${MK801}`);
  const panel = page.getByRole("region", { name: "Controlled substance" });
  await expect(panel).toContainText("ZZ-E2E: Class Z");
  await expect(panel.getByRole("link", { name: CITATION })).toHaveAttribute("href", "https://example.org/register");

  await page.goto(`/search/structure?${new URLSearchParams({ smiles: "c1ccccc1", mode: "substructure" })}`);
  const hit = page.getByRole("article").filter({ hasText: MK801 });
  await expect(hit).toContainText("Controlled: ZZ-E2E Class Z");

  await page.goto(`/quote?products=${MK801}`);
  await expect(page.getByRole("group", { name: "Controlled substance: licence required" })).toBeVisible();

  // Edit in place: the schedule changes, the source stays.
  await page.goto(`/staff/catalog/${MK801}`);
  const section = page.getByRole("region", { name: "Controlled status" });
  await section.getByText("Edit", { exact: true }).click();
  const edit = page.getByRole("form", { name: "Edit the status in ZZ-E2E" });
  await edit.getByLabel("Schedule or class").fill("Class Y");
  await edit.getByRole("button", { name: "Save the status in ZZ-E2E" }).click();
  await expect(edit.getByRole("status")).toHaveText("Replaced the controlled status in ZZ-E2E.");
  await page.goto(`/products/${MK801}`);
  await expect(page.getByRole("region", { name: "Controlled substance" })).toContainText("ZZ-E2E: Class Y");

  await page.goto(`/staff/catalog/${MK801}`);
  page.once("dialog", (dialog) => dialog.accept());
  await page.getByRole("button", { name: "Remove the status ZZ-E2E Class Y" }).click();
  await expect(page.getByRole("region", { name: "Controlled status" })).toContainText("No controlled status recorded.");
  await page.goto(`/products/${MK801}`);
  await expect(page.getByRole("region", { name: "Controlled substance" })).toHaveCount(0);

  // Each change is in the audit log.
  await page.goto("/staff/audit");
  await expect(page.getByRole("main")).toContainText(`removed the status Class Y in ZZ-E2E from ${MK801}`);
  await expect(page.getByRole("main")).toContainText(`recorded ${MK801} as Class Z in ZZ-E2E`);
});
