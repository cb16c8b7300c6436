// Controlled substances: the product page states the legal status with its sources, a quote request
// for ketamine asks for the licence (and keeps what was typed), and staff see the flag and may not
// send a quote before recording the licence check.
import { expect, test } from "@playwright/test";
import { uniqueEmail } from "./mail";
import { authFile } from "./staff";

const KETAMINE = "B8106012";
const END_USE = "NMDA receptor electrophysiology in rat hippocampal slices, in our own laboratory only.";

test("ketamine: status with sources, a quote request that needs the licence, and staff's licence check before any quote", async ({
  page,
  browser,
}) => {
  test.setTimeout(40_000);
  await page.goto(`/products/${KETAMINE}`);
  const panel = page.getByRole("region", { name: "Controlled substance" });
  await expect(panel).toContainText("United States: Schedule III");
  await expect(panel).toContainText("United Kingdom: Class B");
  await expect(panel.getByRole("link", { name: /21 CFR 1308\.13/ })).toHaveAttribute(
    "href",
    "https://www.ecfr.gov/current/title-21/chapter-II/part-1308/section-1308.13",
  );
  await expect(panel.getByRole("link", { name: /Misuse of Drugs Act 1971, Schedule 2/ })).toHaveAttribute(
    "href",
    "https://www.legislation.gov.uk/ukpga/1971/38/schedule/2",
  );
  await expect(panel).toContainText("What a buyer must provide");

  // The quote form asks for the licence; sent without it, the errors sit beside the fields and nothing typed is lost.
  await page.goto(`/quote?products=${KETAMINE}`);
  const licence = page.getByRole("group", { name: "Controlled substance: licence required" });
  await expect(licence).toContainText(`${KETAMINE} Ketamine hydrochloride: US Schedule III · UK Class B`);
  const email = uniqueEmail("licensed");
  await page.getByLabel("Quantity").fill("1");
  await page.getByLabel("Unit").selectOption("g");
  await page.getByLabel("Full name").fill("Dr Lee Park");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Institution or company").fill("Licensed Lab University");
  await page.getByLabel("Country").fill("United States");
  await page.getByLabel("Research use only").check();
  await page.getByLabel("Notes").fill("Ship on a weekday, please.");
  await page.getByRole("button", { name: "Send quote request" }).click();
  await expect(page.locator("#field-licenceNumber-error")).toContainText(`${KETAMINE} is a controlled substance`);
  await expect(page.locator("#field-licenceDocument-error")).toContainText("copy of your licence");
  await expect(page.locator("#field-endUse-error")).toContainText("end use");
  await expect(page.getByLabel("Licence or registration number")).toBeFocused();
  await expect(page.getByLabel("Full name")).toHaveValue("Dr Lee Park");
  await expect(page.getByLabel("Notes")).toHaveValue("Ship on a weekday, please.");

  // With the number, a PDF and the end use it is acknowledged.
  await page.getByLabel("Licence or registration number").fill("RP0123456");
  await page.getByLabel("Copy of the licence or registration").setInputFiles({
    name: "dea-registration.pdf",
    mimeType: "application/pdf",
    buffer: Buffer.from("%PDF-1.4\n% e2e licence\n"),
  });
  await page.getByLabel("End-use statement").fill(END_USE);
  await page.getByRole("button", { name: "Send quote request" }).click();
  const reference = (await page.getByTestId("inquiry-reference").textContent())!;
  expect(reference).toMatch(/^Q-\d{4}-\d{6}$/);

  // Staff see the flag in the inbox and on the inquiry, with the licence document.
  const context = await browser.newContext({ storageState: authFile("agent") });
  const staff = await context.newPage();
  await staff.goto(`/staff/inquiries?q=${reference}`);
  await expect(staff.getByRole("row", { name: new RegExp(reference) })).toContainText("Controlled");
  await staff.goto(`/staff/inquiries/${reference}`);
  await expect(staff.locator("header").getByText("Controlled", { exact: true })).toBeVisible();
  await expect(staff.getByRole("link", { name: "dea-registration.pdf" })).toBeVisible();
  const check = staff.getByRole("region", { name: "Controlled substance: licence check" });
  await expect(check).toContainText("Latest check: none recorded yet");

  // The quote builder refuses to send, and says why, until the check is recorded.
  await staff.getByRole("link", { name: "Create quote" }).click();
  await staff
    .getByRole("group", { name: "Line 1" })
    .getByLabel(/Unit price/)
    .fill("550.00");
  await staff.getByRole("button", { name: "Save draft" }).click();
  await expect(staff.getByRole("button", { name: "Send to requester" })).toBeDisabled();
  await expect(staff.locator("#send-refusal")).toContainText("Sending is blocked.");
  await expect(staff.locator("#send-refusal")).toContainText("record the licence check");

  await staff.goto(`/staff/inquiries/${reference}`);
  await check.getByLabel(/^Approved/).check();
  await check.getByLabel("Note").fill("DEA registration RP0123456 checked: Schedule III, valid to 2027");
  await check.getByRole("button", { name: "Record licence check" }).click();
  await expect(check.getByRole("status")).toContainText("approved");
  await expect(check).toContainText(/Latest check: approved by \S/);
  await staff
    .getByRole("region", { name: "Quotes" })
    .getByRole("link", { name: /^Edit QT-/ })
    .click();
  await expect(staff.locator("#send-refusal")).toHaveCount(0);
  await expect(staff.getByRole("button", { name: "Send to requester" })).toBeEnabled();
  await context.close();
});
