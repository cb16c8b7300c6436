// Issue 14 item 7: every inquiry form asks for the research-use confirmation and links the privacy
// notice; a custom synthesis of an arylcyclohexylamine is accepted like any other and flagged for staff.
import { expect, test } from "@playwright/test";
import { uniqueEmail } from "./mail";
import { authFile } from "./staff";

const KETAMINE_SMILES = "CNC1(CCCCC1=O)c1ccccc1Cl";
const END_USE = "Reference standard for an LC-MS assay of NMDA antagonists in rat plasma, university lab";

test("a custom synthesis of ketamine is acknowledged as usual and flagged for review on the staff inbox and inquiry page", async ({
  page,
  browser,
}) => {
  test.setTimeout(40_000);
  await page.goto("/custom-synthesis");
  await page.getByLabel("Compound name").fill("Ketamine-d4");
  await page.getByLabel("SMILES").fill(KETAMINE_SMILES);
  await page.getByLabel("Quantity").fill("1");
  await page.getByLabel("End use").fill(END_USE);
  await page.getByLabel("Full name").fill("Dr Ana Ruiz");
  await page.getByLabel("Email").fill(uniqueEmail("synthesis-ruo"));
  await page.getByLabel("Institution or company").fill("Example University");
  await page.getByLabel("Country").fill("United Kingdom");
  await page.getByLabel("Research use only").check();
  await page.getByRole("button", { name: "Send synthesis request" }).click();
  const reference = (await page.getByTestId("inquiry-reference").textContent())!;
  expect(reference).toMatch(/^CS-\d{4}-\d{6}$/);
  // The requester is told nothing about the screen.
  await expect(page.getByRole("main")).not.toContainText(/scaffold|flagged/i);

  const context = await browser.newContext({ storageState: authFile("agent") });
  const staff = await context.newPage();
  await staff.goto(`/staff/inquiries?q=${reference}`);
  await expect(staff.getByRole("row", { name: new RegExp(reference) })).toContainText("Controlled scaffold");
  await staff.goto(`/staff/inquiries/${reference}`);
  await expect(staff.locator("header").getByText("Controlled scaffold", { exact: true })).toBeVisible();
  await expect(staff.locator("header").getByText(/research use only confirmed/)).toBeVisible();
  const review = staff.getByRole("region", { name: "Flagged for review: controlled scaffold" });
  await expect(review).toContainText("Arylcyclohexylamine (ketamine / phencyclidine class)");
  await expect(review).toContainText("SI 2013/239");
  await expect(staff.getByRole("region", { name: "What they sent" })).toContainText(END_USE);
  await context.close();
});

test("without the research-use box the error sits beside it and nothing typed is lost; the privacy notice gives the cleanup's periods", async ({
  page,
}) => {
  await page.goto("/support");
  await page.getByLabel("Catalog number(s)").fill("B8105958");
  await page.getByLabel("Application or assay").fill("Forced-swim test in C57BL/6J mice");
  await page.getByLabel("Your question").fill("Which vehicle suits intraperitoneal dosing in mice?");
  await page.getByLabel("Full name").fill("Dr Ana Ruiz");
  await page.getByLabel("Email").fill(uniqueEmail("ruo"));
  await page.getByLabel("Institution or company").fill("Example University");
  await page.getByLabel("Country").fill("Spain");
  await page.getByRole("button", { name: "Send question" }).click();

  const box = page.getByLabel("Research use only");
  await expect(page.locator("#field-researchUseAcknowledged-error")).toHaveText(/research use only, not for human or veterinary use/);
  await expect(box).toHaveAttribute("aria-invalid", "true");
  await expect(box).toBeFocused();
  await expect(page.getByLabel("Your question")).toHaveValue("Which vehicle suits intraperitoneal dosing in mice?");
  await expect(page.getByLabel("Full name")).toHaveValue("Dr Ana Ruiz");
  await expect(page.getByTestId("inquiry-reference")).toHaveCount(0);

  await box.check();
  await page.getByRole("button", { name: "Send question" }).click();
  await expect(page.getByTestId("inquiry-reference")).toHaveText(/^SUP-\d{4}-\d{6}$/);

  // Each form links the notice; it states the periods the cleanup runs with (MAIL_BODY_RETENTION_DAYS defaults to 30).
  for (const path of ["/quote", "/custom-synthesis", "/support"]) {
    await page.goto(path);
    await expect(page.getByRole("main").getByRole("link", { name: "privacy notice" })).toHaveAttribute("href", "/privacy");
  }
  await page.getByRole("contentinfo").getByRole("link", { name: "Privacy notice" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Privacy notice" })).toBeVisible();
  await expect(page.getByRole("row", { name: /Mail log/ })).toContainText("deleted 30 days after sending");
  await expect(page.getByRole("row", { name: /limit how many requests/ })).toContainText("24 hours");
});
