// The whole loop, on either database, through the pages alone: request → quote (PDF by email) →
// the requester's page (question, acceptance with a PO) → order → shipped.
import { expect, test } from "@playwright/test";
import { pdfText } from "../tests/pdf-text";
import { receivedMail, uniqueEmail, type SinkMessage } from "./mail";
import { addStaffMember, signInThroughEmail } from "./staff";

test("a request for two pack sizes becomes a PDF quote, which the researcher questions and accepts with a PO, and the order ships", async ({
  browser,
  page,
}) => {
  // A sign-in, a PDF rendered, mailed and parsed, an acceptance and a shipment, each with its email.
  test.setTimeout(180_000);
  // A researcher in the United States asks for 10 mg and 1 mg of B8105958: prices in US dollars.
  const email = uniqueEmail("quote-pdf");
  await page.goto("/quote?products=B8105958");
  await page.getByLabel("Quantity").fill("10");
  await page.getByRole("button", { name: "+ Add another product" }).click();
  await page.getByLabel("Product 2: catalog number").fill("B8105958");
  await page.getByLabel("Quantity").nth(1).fill("1");
  await page.getByLabel("Full name").fill("Dr Maya Chen");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Institution or company").fill("Quote Test University");
  await page.getByLabel("Country").fill("United States");
  await page.getByLabel("Research use only").check();
  await page.getByRole("button", { name: "Send quote request" }).click();
  const reference = (await page.getByTestId("inquiry-reference").textContent())!;

  // A staff member of our own signs in and opens the inquiry.
  const staffEmail = `quotes.${Date.now()}@reagentdesk.example`;
  await addStaffMember(browser, staffEmail);
  const context = await browser.newContext();
  const staff = await context.newPage();
  await signInThroughEmail(staff, staffEmail);
  await staff.goto(`/staff/inquiries/${reference}`);
  await expect(staff.getByRole("region", { name: "Quotes" })).toContainText("No quote yet.");
  await staff.getByRole("link", { name: "Create quote" }).click();

  // Prefilled: both pack sizes at their list prices.
  const line = (n: number) => staff.getByRole("group", { name: `Line ${n}` });
  await expect(line(1).getByLabel("Pack size")).toHaveValue("10 mg");
  await expect(line(1).getByLabel("Unit price (USD)")).toHaveValue("980.00");
  await expect(line(2).getByLabel("Pack size")).toHaveValue("1 mg");
  await expect(staff.getByTestId("quote-total")).toHaveText("$1,145.00");

  // Keep the 10 mg line, add an analytical package; a bad price is refused next to its field.
  await staff.getByRole("button", { name: "Remove line 2" }).click();
  await staff.getByRole("button", { name: "+ Analytical package" }).click();
  await line(2).getByLabel("Unit price (USD)").fill("12,5");
  await staff.getByRole("button", { name: "Save draft" }).click();
  await expect(line(2).getByLabel("Unit price (USD)")).toHaveAttribute("aria-invalid", "true");
  await expect(staff.locator("#field-lines-1-unitPrice-error")).toContainText("like 125.00");
  await line(2).getByLabel("Unit price (USD)").fill("250.00");
  await line(2).getByLabel("Discount (%)").fill("10");
  await staff.getByLabel("Shipping and handling (USD)").fill("45.00");
  await expect(staff.getByTestId("quote-total")).toHaveText("$1,250.00");
  await staff.getByRole("button", { name: "Save draft" }).click();

  // The draft reopens with its number; send it.
  await expect(staff.getByRole("heading", { level: 1 })).toContainText(/Quote QT-\d{4}-\d{6} · Draft/);
  const number = (await staff.getByRole("heading", { level: 1 }).locator(".identifier").textContent())!;
  await expect(line(2).getByLabel("Description")).toHaveValue(/^Analytical package/);
  const validUntil = await staff.getByLabel("Valid until").inputValue();
  await staff.getByRole("button", { name: "Send to requester" }).click();
  await expect(staff).toHaveURL(new RegExp(`/staff/inquiries/${reference}$`));
  await expect(staff.locator("header").filter({ hasText: reference }).getByText("Quoted", { exact: true })).toBeVisible();
  const quotes = staff.getByRole("region", { name: "Quotes" });
  await expect(quotes.getByRole("row", { name: new RegExp(number) })).toContainText("Sent");
  await expect(quotes).toContainText("$1,250.00");
  await expect(staff.locator('[data-timeline="message-out"]')).toContainText(`Quote ${number} sent`);

  // The requester's email carries the PDF and the private link.
  let mail: SinkMessage | undefined;
  await expect
    .poll(async () => (mail = (await receivedMail()).find((m) => m.to === email && m.attachments.length > 0)) !== undefined, {
      timeout: 20_000,
    })
    .toBe(true);
  expect(mail!.subject).toBe(`Re: [${reference}] We received your quote request`);
  expect(mail!.text).toMatch(new RegExp(`/requests/${reference}\\?token=[A-Za-z0-9_-]{43}`));
  const [attachment] = mail!.attachments;
  expect(attachment).toMatchObject({ filename: `${number}.pdf`, contentType: "application/pdf" });
  const text = await pdfText(Buffer.from(attachment!.content, "base64"));
  const [year, month, day] = validUntil.split("-").map(Number);
  const validDay = new Date(Date.UTC(year!, month! - 1, day!)).toLocaleDateString("en-GB", {
    day: "numeric",
    month: "short",
    year: "numeric",
    timeZone: "UTC",
  });
  for (const expected of [
    number,
    reference,
    "Dr Maya Chen",
    "Quote Test University",
    "B8105958",
    "LY3020371 hydrochloride",
    "Pack size: 10 mg",
    "$980.00",
    "Analytical package",
    "$225.00",
    "Subtotal $1,205.00",
    "Total (USD) $1,250.00",
    `Valid until ${validDay}`,
    "For research use only",
  ])
    expect(text).toContain(expected);
  expect(text).not.toContain("1 mg");

  // Staff download the same bytes; without a session there is no PDF.
  const quoteId = (await quotes.getByRole("link", { name: `PDF of ${number}` }).getAttribute("href"))!;
  const download = await staff.request.get(quoteId);
  expect(download.status()).toBe(200);
  expect(download.headers()["content-type"]).toBe("application/pdf");
  expect(download.headers()["x-content-type-options"]).toBe("nosniff");
  expect(download.headers()["content-disposition"]).toBe(`inline; filename="${number}.pdf"`);
  expect((await download.body()).equals(Buffer.from(attachment!.content, "base64"))).toBe(true);
  const anonymous = await page.request.get(quoteId, { maxRedirects: 0 });
  expect(anonymous.headers()["content-type"] ?? "").not.toContain("application/pdf");
  expect([302, 303, 307, 401]).toContain(anonymous.status());

  // The researcher follows the link in the quote's email: the quote is there, with the same PDF.
  await page.goto(mail!.text!.match(new RegExp(`https?://\\S+/requests/${reference}\\?token=[A-Za-z0-9_-]{43}`))![0]);
  await expect(page).toHaveURL(new RegExp(`/requests/${reference}$`));
  await expect(page.getByTestId("request-status")).toHaveText(`Quote sent, valid until ${validDay}`);
  const quote = page.getByRole("listitem", { name: `Quote ${number}` });
  const ownCopy = await page.request.get((await quote.getByRole("link", { name: "Download PDF" }).getAttribute("href"))!);
  expect(ownCopy.headers()["content-type"]).toBe("application/pdf");
  expect((await ownCopy.body()).equals(Buffer.from(attachment!.content, "base64"))).toBe(true);

  // A question joins the staff timeline.
  const question = `Can the analytical package include chiral HPLC? ${Date.now()}`;
  const write = page.getByRole("form", { name: "Write to us" });
  await write.getByLabel("Your message or question").fill(question);
  await write.getByRole("button", { name: "Send" }).click();
  await expect(write.getByRole("status")).toHaveText("Sent. We will reply by email.");
  await staff.goto(`/staff/inquiries/${reference}`);
  await expect(staff.locator('[data-timeline="message-in"]').filter({ hasText: question })).toContainText(
    `Message from ${email} on their request page`,
  );

  // Acceptance with a PO number and the PO file.
  const accept = quote.getByRole("form", { name: `Accept ${number}` });
  await accept.getByLabel("Name of the person accepting").fill("Dr Maya Chen");
  await accept.getByLabel("Purchase order number").fill("PO-2026-4411");
  await accept
    .getByLabel("Purchase order file")
    .setInputFiles({ name: "po-4411.pdf", mimeType: "application/pdf", buffer: Buffer.from("%PDF-1.4 purchase order 4411") });
  // Without the terms ticked: the error is beside the checkbox, and nothing typed is lost.
  await accept.getByRole("button", { name: /^Accept / }).click();
  await expect(accept.locator('[id^="accept-terms-"][id$="-error"]')).toHaveText(/Confirm that you accept/);
  await expect(accept.getByLabel("Purchase order number")).toHaveValue("PO-2026-4411");
  await accept.getByLabel(/I accept the quote/).check();
  await accept.getByRole("button", { name: /^Accept / }).click();
  await expect(page.getByTestId("request-status")).toHaveText("Order confirmed");
  const order = page.getByRole("region", { name: /^Order SO-\d{4}-\d{6}$/ });
  await expect(order).toContainText("PO-2026-4411");
  const orderNumber = /SO-\d{4}-\d{6}/.exec((await order.getByRole("heading").first().textContent())!)![0];

  // Staff: the inbox shows Won, and the inquiry leads to the order.
  await staff.goto(`/staff/inquiries?q=${reference}`);
  await expect(staff.getByRole("row").filter({ hasText: reference })).toContainText("Won");
  await staff.goto(`/staff/inquiries/${reference}`);
  await expect(staff.getByRole("link", { name: "po-4411.pdf" }).first()).toBeVisible();
  await staff.getByRole("region", { name: "Order" }).getByRole("link", { name: orderNumber }).click();
  await expect(staff.getByRole("heading", { level: 1 })).toHaveText(`Order ${orderNumber}`);
  await expect(staff.getByRole("main")).toContainText("PO-2026-4411");
  await expect(staff.getByRole("main")).toContainText("$1,250.00");

  // Shipped with a tracking number: the researcher's email and page say so.
  await staff.getByLabel("Carrier").fill("FedEx");
  await staff.getByLabel("Tracking number").fill("771234567890");
  await staff.getByRole("button", { name: "Mark shipped and email the requester" }).click();
  await expect(staff.getByRole("heading", { name: "Confirm delivery" })).toBeVisible();
  let shipped: SinkMessage | undefined;
  await expect
    .poll(async () => (shipped = (await receivedMail()).find((m) => m.to === email && m.subject?.includes("has shipped")))?.subject, {
      timeout: 20_000,
    })
    .toBe(`[${reference}] Order ${orderNumber} has shipped`);
  expect(shipped!.text).toContain("Tracking number: 771234567890");
  expect((await receivedMail()).some((m) => m.to === email && m.subject === `[${reference}] Order ${orderNumber} confirmed`)).toBe(true);
  await page.reload();
  await expect(page.getByTestId("request-status")).toHaveText("Shipped — tracking FedEx 771234567890");
  await context.close();
});
