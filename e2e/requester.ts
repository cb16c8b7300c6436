import { expect, type Page } from "@playwright/test";
import { literal, withE2eDatabase } from "./db";
import { mailFor, receivedMail } from "./mail";

/** Submit a quote request for B8105958 as `email`; returns its reference. */
export async function submitQuoteRequest(page: Page, email: string, name = "Dr Ana Ruiz") {
  await page.goto("/quote?products=B8105958");
  await page.getByLabel("Full name").fill(name);
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Institution or company").fill("Example University");
  await page.getByLabel("Country").fill("Spain");
  await page.getByLabel("Research use only").check();
  await page.getByLabel("Quantity").fill("25");
  await page.getByRole("button", { name: "Send quote request" }).click();
  const reference = page.getByTestId("inquiry-reference");
  await expect(reference).toHaveText(/^Q-\d{4}-\d{6}$/);
  return (await reference.textContent())!;
}

const linkPattern = (reference: string) => new RegExp(`https?://[^\\s\\]]+/requests/${reference}\\?token=[A-Za-z0-9_-]{43}`);

/** The private link in the acknowledgment `email` received for `reference`. */
export async function acknowledgmentLink(reference: string, email: string) {
  const ack = (await mailFor(reference)).find((m) => m.to === email);
  const link = ack?.text?.match(linkPattern(reference))?.[0];
  expect(link, "the acknowledgment carries the private link").toBeTruthy();
  return link!;
}

/** The latest private link to `reference` in any email to `email` that arrived after the first `before`. */
export async function latestLinkTo(reference: string, email: string, before: number) {
  let link: string | undefined;
  await expect
    .poll(
      async () =>
        (link = (await receivedMail())
          .slice(before)
          .filter((m) => m.to === email)
          .map((m) => m.text?.match(linkPattern(reference))?.[0])
          .filter(Boolean)
          .at(-1)),
      { timeout: 20_000 },
    )
    .toBeTruthy();
  return link!;
}

export const onPostgres = !!process.env.E2E_DATABASE_URL;

/** Store a SENT quote on the inquiry (the quote builder is not what these tests are about); returns its id. */
export async function insertSentQuote(reference: string, { validUntilDays = 30, pdf = "%PDF-1.7 e2e quote" } = {}) {
  const id = `e2eq${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}`;
  await withE2eDatabase(async (query) => {
    const [inquiry] = await query(`SELECT id FROM "Inquiry" WHERE reference = ${literal(reference)}`);
    await query(`UPDATE "Inquiry" SET status = 'QUOTED' WHERE id = ${literal(String(inquiry!.id))}`);
    await query(`INSERT INTO "Quote" (id, "inquiryId", number, revision, status, currency, "subtotalMinor", "shippingMinor", "totalMinor",
        "taxNote", "paymentTerms", incoterms, "validUntil", "buyerName", "buyerInstitution", "sentAt", pdf, "createdAt", "updatedAt")
      VALUES (${literal(id)}, ${literal(String(inquiry!.id))}, ${literal(`QT-E2E-${id.slice(-8)}`)}, 1, 'SENT', 'EUR', 120000, 4000, 124000,
        'Prices exclude VAT', '30 days net', 'DAP', (now() AT TIME ZONE 'UTC')::date + ${validUntilDays}, 'Dr Ana Ruiz', 'Example University',
        now(), convert_to(${literal(pdf)}, 'UTF8'), now(), now())`);
  });
  return id;
}
