import { expect, test } from "@playwright/test";

test("a field's error goes as soon as the field is valid; what only the server checks stays until that field is edited", async ({
  page,
}) => {
  await page.goto("/support");
  await page.getByLabel("Catalog number(s)").fill("NOPE-1");
  await page.getByLabel("Application or assay").fill("Forced-swim test in C57BL/6J mice");
  await page.getByLabel(/^pH /).fill("15");
  await page.getByLabel("Your question").fill("Which vehicle suits intraperitoneal dosing in mice?");
  await page.getByLabel("Full name").fill("Dr Ana Ruiz");
  await page.getByLabel("Email").fill("ana.ruiz@");
  await page.getByLabel("Institution or company").fill("Example University");
  await page.getByLabel("Country").fill("Spain");
  await page.getByLabel("Research use only").check();
  const send = page.getByRole("button", { name: "Send question" });
  await send.click();

  const emailError = page.locator("#field-email-error");
  const phError = page.locator("#field-ph-error");
  await expect(emailError).toHaveText(/Enter an email address like/);
  await expect(phError).toHaveText(/pH must be at most 14/);

  // Typing, not submitting: the email error leaves once the address is complete, the pH error stays.
  await page.getByLabel("Email").pressSequentially("example.edu");
  await expect(emailError).toBeHidden();
  await expect(page.getByLabel("Email")).not.toHaveAttribute("aria-invalid", "true");
  await expect(phError).toHaveText(/pH must be at most 14/);
  await page.getByLabel(/^pH /).fill("7.4");
  await expect(phError).toBeHidden();

  // The server's finding: an unknown product. Editing another field leaves it; editing its own removes it.
  await send.click();
  const catalogError = page.locator("#field-catalogNumbers-error");
  await expect(catalogError).toHaveText(/no product NOPE-1/);
  await page.getByLabel("Your question").pressSequentially(" Thank you.");
  await expect(catalogError).toBeVisible();
  await page.getByLabel("Catalog number(s)").fill("B8105958");
  await expect(catalogError).toBeHidden();
  await expect(page.getByTestId("inquiry-reference")).toHaveCount(0);
});
