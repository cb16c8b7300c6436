import { expect, test, type Page } from "@playwright/test";
import { mailFor, outboxDrained, receivedMail, uniqueEmail } from "./mail";

async function fillRequester(page: Page, email: string) {
  await page.getByLabel("Full name").fill("Dr Ana Ruiz");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Institution or company").fill("Example University");
  await page.getByLabel("Country").fill("Spain");
  await page.getByLabel("Research use only").check();
}

/** Submit, wait for the reference, and check a double click made one inquiry with two emails. */
async function submitTwiceAndCheckMail(page: Page, button: string, prefix: string, email: string, inbox: string) {
  await page.getByRole("button", { name: button }).dblclick();
  const reference = page.getByTestId("inquiry-reference");
  await expect(reference).toHaveText(new RegExp(`^${prefix}-\\d{4}-\\d{6}$`));
  const ref = (await reference.textContent())!;

  const [staff, ack] = await mailFor(ref).then((m) => [m.find((x) => x.to === inbox), m.find((x) => x.to === email)]);
  expect(staff?.replyTo).toBe(email);
  expect(staff?.subject).toContain(`[${ref}]`);
  expect(ack?.replyTo).toBe(inbox);
  expect(ack?.subject).toMatch(new RegExp(`^\\[${ref}\\] We received your`));
  // One inquiry: one acknowledgment ever reached this requester. Once the second click's request is
  // over and the outbox is empty, any mail it caused has arrived.
  await page.waitForLoadState("networkidle");
  await outboxDrained(page.request);
  expect((await receivedMail()).filter((m) => m.to === email)).toHaveLength(1);
  return ref;
}

test("a quote request from a product page: field errors, then a reference number and two emails", async ({ page }) => {
  await page.goto("/products/B8105958");
  await page.getByRole("main").getByRole("link", { name: "Request a quote" }).click();
  await expect(page).toHaveURL(/\/quote\?products=B8105958$/);
  await expect(page.getByLabel("Product 1: catalog number")).toHaveValue("B8105958");

  const email = uniqueEmail("quote");
  await fillRequester(page, "ana.ruiz@");
  await page.getByLabel("Quantity").fill("10");
  await page.getByRole("button", { name: "Send quote request" }).click();

  // The browser's own check: the error sits under the field, which gets the focus.
  const emailField = page.getByLabel("Email");
  await expect(emailField).toHaveAttribute("aria-invalid", "true");
  await expect(emailField).toBeFocused();
  await expect(page.locator("#field-email-error")).toHaveText(/email address like/);

  // The server's check: an unknown product; everything typed stays.
  await emailField.fill(email);
  await page.getByRole("button", { name: "+ Add another product" }).click();
  await page.getByLabel("Product 2: catalog number").fill("NOPE-1");
  await page.getByLabel("Quantity").nth(1).fill("1");
  await page.getByRole("button", { name: "Send quote request" }).click();
  await expect(page.locator("#field-items-1-catalogNumber-error")).toHaveText(/no product NOPE-1/);
  await expect(page.getByLabel("Full name")).toHaveValue("Dr Ana Ruiz");
  await expect(page.getByLabel("Product 1: catalog number")).toHaveValue("B8105958");

  await page.getByLabel("Product 2: catalog number").fill("B8106101");
  await submitTwiceAndCheckMail(page, "Send quote request", "Q", email, "quotes@reagentdesk.example");
});

test("a custom-synthesis request draws the SMILES live and is acknowledged", async ({ page }) => {
  await page.goto("/products/B8105958");
  await page.getByRole("main").getByRole("link", { name: "Request custom synthesis" }).click();
  await expect(page.getByLabel("Compound name")).toHaveValue("LY3020371 hydrochloride (B8105958)");

  const smiles = page.getByLabel("SMILES");
  await smiles.fill("C1CC(");
  await expect(page.getByText(/RDKit cannot read this SMILES/)).toBeVisible();
  await smiles.fill("Cl.CNC1(CCCCC1=O)c1ccccc1Cl");
  const drawing = page.getByRole("img", { name: /Structure drawn from the SMILES/ });
  await expect(drawing).toBeVisible();
  await expect(page.getByText("C13H17Cl2NO · 274.19 g/mol")).toBeVisible();

  const email = uniqueEmail("synthesis");
  await fillRequester(page, email);
  await page.getByLabel("Isotope label").selectOption("2H");
  await page.getByRole("button", { name: "Send synthesis request" }).click();
  await expect(page.locator("#field-quantity-error")).toBeVisible();
  await expect(page.locator("#field-labelPositions-error")).toHaveText(/which positions to label/);
  await expect(page.getByLabel("Quantity")).toBeFocused();

  await page.getByLabel("Quantity").fill("2");
  await page.getByLabel("Label positions").fill("N-methyl-d3");
  await page.getByLabel("End use").fill("Internal standard for LC-MS quantification of ketamine in mouse plasma");
  await page.getByLabel("Certificate of analysis").check();
  await submitTwiceAndCheckMail(page, "Send synthesis request", "CS", email, "synthesis@reagentdesk.example");
});

test("a PhD support check from a product page is acknowledged", async ({ page }) => {
  await page.goto("/products/B8105958");
  await page.getByRole("main").getByRole("link", { name: "Ask our PhD support team" }).click();
  await expect(page.getByLabel("Catalog number(s)")).toHaveValue("B8105958");

  const email = uniqueEmail("support");
  await page.getByLabel("Application or assay").fill("Forced-swim test in C57BL/6J mice");
  await page.getByLabel("Your question").fill("pH?");
  await fillRequester(page, email);
  await page.getByRole("button", { name: "Send question" }).click();
  await expect(page.locator("#field-question-error")).toHaveText(/sentence or two/);
  await expect(page.getByLabel("Your question")).toBeFocused();

  await page.getByLabel("Your question").fill("Which vehicle suits intraperitoneal dosing, and is the solution stable for a day at 4 °C?");
  await submitTwiceAndCheckMail(page, "Send question", "SUP", email, "support@reagentdesk.example");
});
