import { expect, test } from "@playwright/test";
import { literal, withE2eDatabase } from "./db";
import { mailFor, uniqueEmail } from "./mail";
import { acknowledgmentLink, insertSentQuote, latestLinkTo, onPostgres, submitQuoteRequest } from "./requester";
import { authFile } from "./staff";

const MOL = "ligand\n  RDKit          2D\n\n  2  1  0  0  0  0  0  0  0  0999 V2000\nM  END\n";

// Quotes, acceptance and the order on this page: e2e/quote-to-order.spec.ts.
test("a researcher follows the acknowledgment's link, asks a question and sends a structure file", async ({ page, browser }) => {
  test.setTimeout(120_000);
  const email = uniqueEmail("requester");
  const reference = await submitQuoteRequest(page, email);
  const link = await acknowledgmentLink(reference, email);

  // The token starts a session and leaves the address bar.
  const response = await page.goto(link);
  await expect(page).toHaveURL(new RegExp(`/requests/${reference}$`));
  expect(response?.headers()["referrer-policy"]).toBe("no-referrer");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Request ${reference}`);
  await expect(page.getByTestId("request-status")).toHaveText("We are preparing your quote");
  await expect(page.getByRole("region", { name: "What you sent" })).toContainText("B8105958");

  // A question, then a .mol file.
  const question = `Is the free base available too? ${Date.now()}`;
  const write = page.getByRole("form", { name: "Write to us" });
  await write.getByLabel("Your message or question").fill(question);
  await write.getByRole("button", { name: "Send" }).click();
  await expect(write.getByRole("status")).toHaveText("Sent. We will reply by email.");
  await expect(page.locator('[data-message="yours"]').filter({ hasText: question })).toBeVisible();

  await write.getByLabel("Files").setInputFiles({ name: "ligand.mol", mimeType: "chemical/x-mdl-molfile", buffer: Buffer.from(MOL) });
  await write.getByRole("button", { name: "Send" }).click();
  await expect(write.getByRole("status")).toHaveText(/Sent, with 1 file/);
  const fileLink = page.getByRole("link", { name: "ligand.mol" });
  const download = await page.request.get((await fileLink.getAttribute("href"))!);
  expect(download.status()).toBe(200);
  expect(download.headers()["content-disposition"]).toMatch(/^attachment; filename="ligand.mol"/);
  expect(download.headers()["x-content-type-options"]).toBe("nosniff");
  expect(download.headers()["content-security-policy"]).toContain("sandbox");
  expect(await download.text()).toBe(MOL);

  // A file of the wrong type is refused beside the field, and the typed message stays.
  await write.getByLabel("Your message or question").fill("And this page?");
  await write.getByLabel("Files").setInputFiles({ name: "page.html", mimeType: "text/html", buffer: Buffer.from("<script>") });
  await write.getByRole("button", { name: "Send" }).click();
  await expect(page.locator("#field-files-error")).toContainText("page.html: send");
  await expect(write.getByLabel("Your message or question")).toHaveValue("And this page?");

  // Staff see the question and the file in the inquiry's timeline.
  const staffContext = await browser.newContext({ storageState: authFile("admin") });
  const staff = await staffContext.newPage();
  await staff.goto(`/staff/inquiries/${reference}`);
  const fromPage = staff.locator('[data-timeline="message-in"]').filter({ hasText: question });
  await expect(fromPage).toContainText(`Message from ${email} on their request page`);
  await expect(staff.locator('[data-timeline="message-in"]').getByRole("link", { name: "ligand.mol" })).toBeVisible();

  await staffContext.close();
});

test("an expired quote cannot be accepted and can be renewed with one click", async ({ page }) => {
  test.setTimeout(60_000);
  test.skip(!onPostgres, "the quote is stored directly in the database: needs E2E_DATABASE_URL (PostgreSQL)");
  const email = uniqueEmail("expired");
  const reference = await submitQuoteRequest(page, email);
  await insertSentQuote(reference, { validUntilDays: -1 });
  await page.goto(await acknowledgmentLink(reference, email));
  await expect(page.getByTestId("request-status")).toHaveText(/^Quote expired on /);
  const quote = page.getByRole("listitem", { name: /^Quote QT-E2E-/ });
  await expect(quote.getByRole("button", { name: /^Accept / })).toHaveCount(0);
  await quote.getByRole("button", { name: /^Ask for a renewal/ }).click();
  await expect(quote).toContainText("You asked for a renewal on");
  await page.reload();
  await expect(page.getByTestId("request-status")).toHaveText(/renewal requested$/);
  await expect(page.locator('[data-message="yours"]').filter({ hasText: "Please renew" })).toBeVisible();
});

test("a link that no longer works explains why and offers a new one; the form answers the same for anyone", async ({ page }) => {
  test.setTimeout(60_000);
  const email = uniqueEmail("relink");
  const reference = await submitQuoteRequest(page, email);
  const link = await acknowledgmentLink(reference, email);

  // A token cut short reads as not valid.
  await page.goto(link.slice(0, -3));
  await expect(page).toHaveURL(new RegExp(`/requests\\?link=invalid&reference=${reference}$`));
  await expect(page.getByRole("main").getByRole("alert")).toContainText("This link is not valid");

  if (onPostgres) {
    await withE2eDatabase((query) =>
      query(`UPDATE "RequesterLink" SET "expiresAt" = now() - interval '1 day'
             WHERE "inquiryId" = (SELECT id FROM "Inquiry" WHERE reference = ${literal(reference)})`),
    );
    await page.goto(link);
    await expect(page).toHaveURL(new RegExp(`/requests\\?link=expired&reference=${reference}$`));
    await expect(page.getByRole("main").getByRole("alert")).toContainText("This link has expired.");
  }

  const form = page.getByRole("form", { name: "Send me a new link" });
  await expect(form.getByLabel("Reference")).toHaveValue(reference);
  const answers: string[] = [];
  for (const address of [uniqueEmail("stranger"), email]) {
    await form.getByLabel("Your email address").fill(address);
    await form.getByRole("button", { name: "Email me a new link" }).click();
    await expect(form.getByRole("status")).toBeVisible();
    answers.push((await form.getByRole("status").textContent())!);
    await page.reload();
  }
  expect(answers[0]).toBe(answers[1]);
  expect(answers[0]).toBe("If this reference belongs to this email address, a new link is on its way to it.");

  // Only the real requester got a link, and it opens the page.
  await mailFor(reference, 3);
  const fresh = await latestLinkTo(reference, email, 0);
  expect(fresh).not.toBe(link);
  await page.goto(fresh);
  await expect(page).toHaveURL(new RegExp(`/requests/${reference}$`));
  await expect(page.getByTestId("request-status")).toBeVisible();
});
