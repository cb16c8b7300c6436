import { readFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { literal, withE2eDatabase } from "./db";
import { mailFor, receivedMail, uniqueEmail, type SinkMessage } from "./mail";
import { authFile } from "./staff";

test.use({ storageState: authFile("agent") });

// Orders are made when a requester accepts a quote (their own page). This spec starts after that:
// the accepted quote and its order are written to the database, so it runs on PostgreSQL only
// (.ci/run's e2e pass), like the failed-mail spec.
test("staff find an order, ship it with a tracking number the requester is emailed, deliver it and export it", async ({ page }) => {
  test.skip(!process.env.E2E_DATABASE_URL, "needs E2E_DATABASE_URL (PostgreSQL)");
  const email = uniqueEmail("orders");
  await page.goto("/quote?products=B8106101");
  await page.getByLabel("Full name").fill("Dr Mira Holt");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Institution or company").fill("Orders Test Institute");
  await page.getByLabel("Country").fill("Ireland");
  await page.getByLabel("Research use only").check();
  await page.getByLabel("Quantity").fill("5");
  await page.getByRole("button", { name: "Send quote request" }).click();
  const reference = (await page.getByTestId("inquiry-reference").textContent())!;
  await mailFor(reference);

  const suffix = `${Date.now()}`.slice(-9);
  const quoteNumber = `QT-2026-9${suffix}`;
  const orderNumber = `SO-2026-9${suffix}`;
  const poNumber = `PO-E2E-${suffix}`;
  await withE2eDatabase(async (query) => {
    const inquiry = `(SELECT id FROM "Inquiry" WHERE reference = ${literal(reference)})`;
    await query(
      `INSERT INTO "Quote" (id, "inquiryId", number, status, currency, "subtotalMinor", "totalMinor", "taxNote", "paymentTerms", incoterms,
                            "validUntil", "buyerName", "buyerInstitution", "updatedAt", "sentAt", "acceptedAt", "acceptedByName")
       VALUES (${literal(`q${suffix}`)}, ${inquiry}, ${literal(quoteNumber)}, 'ACCEPTED', 'EUR', 123450, 123450, 'Prices exclude VAT.',
               '30 days net', 'DAP', current_date + 30, 'Dr Mira Holt', 'Orders Test Institute', now(), now() - interval '2 hours', now(), 'Dr Mira Holt')`,
    );
    await query(
      `INSERT INTO "Order" (id, number, "quoteId", "inquiryId", currency, "totalMinor", "poNumber", "acceptedByName", "updatedAt")
       VALUES (${literal(`o${suffix}`)}, ${literal(orderNumber)}, ${literal(`q${suffix}`)}, ${inquiry}, 'EUR', 123450, ${literal(poNumber)}, 'Dr Mira Holt', now())`,
    );
  });

  // Staff open Orders from the menu and find it by its PO number, among confirmed euro orders.
  await page.goto("/staff");
  await page.getByRole("navigation", { name: "Staff" }).getByRole("link", { name: "Orders" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Orders" })).toBeVisible();
  await page.getByLabel("Search").fill(poNumber);
  await page.getByLabel("Status").selectOption("CONFIRMED");
  await page.getByLabel("Currency").selectOption("EUR");
  await page.getByRole("button", { name: "Apply filters" }).click();
  await expect(page).toHaveURL(/status=CONFIRMED/);
  await expect(page.getByRole("status")).toHaveText("1 order");
  const row = page.getByRole("row").filter({ hasText: orderNumber });
  await expect(row).toContainText("Confirmed");
  await expect(row).toContainText("€1,234.50");
  await row.getByRole("link", { name: orderNumber }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Order ${orderNumber}`);

  // A tracking number is required, and its error shows next to the field with what was typed kept.
  await page.getByLabel("Carrier").fill("DHL Express");
  await page.getByRole("button", { name: "Mark shipped and email the requester" }).click();
  await expect(page.getByLabel("Tracking number")).toBeFocused();
  await expect(page.locator("#field-trackingNumber-error")).toHaveText(/Enter the tracking number/);
  await expect(page.getByLabel("Carrier")).toHaveValue("DHL Express");
  await page.getByLabel("Tracking number").fill("JD014600001234567890");
  await page.getByRole("button", { name: "Mark shipped and email the requester" }).click();
  await expect(page.getByRole("heading", { name: "Confirm delivery" })).toBeVisible();
  await expect(page.getByText("JD014600001234567890")).toBeVisible();

  // The requester's email carries the tracking number and a private link to their page.
  let shipped: SinkMessage | undefined;
  await expect
    .poll(async () => (shipped = (await receivedMail()).find((m) => m.to === email && m.subject?.includes("has shipped")))?.subject, {
      timeout: 20_000,
    })
    .toBe(`[${reference}] Order ${orderNumber} has shipped`);
  expect(shipped!.text).toContain("Tracking number: JD014600001234567890");
  expect(shipped!.text).toContain("Carrier: DHL Express");
  expect(shipped!.text).toMatch(new RegExp(`/requests/${reference}\\?token=[A-Za-z0-9_-]{43}`));

  // The list shows it shipped; the filter for confirmed orders no longer finds it.
  await page.goto(`/staff/orders?q=${poNumber}`);
  await expect(page.getByRole("row").filter({ hasText: orderNumber })).toContainText("Shipped");

  await page.getByRole("link", { name: orderNumber }).click();
  await page.getByRole("button", { name: "Mark delivered and email the requester" }).click();
  await expect(page.getByRole("heading", { name: "Delivered", exact: true })).toBeVisible();
  await expect
    .poll(
      async () => (await receivedMail()).some((m) => m.to === email && m.subject === `[${reference}] Order ${orderNumber} was delivered`),
      {
        timeout: 20_000,
      },
    )
    .toBe(true);

  await page.goto(`/staff/orders?q=${poNumber}&status=DELIVERED`);
  await expect(page.getByRole("row").filter({ hasText: orderNumber })).toContainText("Delivered");
  const downloading = page.waitForEvent("download");
  await page.getByRole("link", { name: "Export CSV of this view" }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^orders-\d{4}-\d{2}-\d{2}\.csv$/);
  const csv = readFileSync((await download.path())!, "utf8").split("\r\n");
  expect(csv).toHaveLength(3); // header, the order, the final line break
  expect(csv[1]).toContain(
    `${orderNumber},Delivered,${reference},${quoteNumber},${poNumber},Dr Mira Holt,${email},Orders Test Institute,Ireland,EUR,1234.50,DHL Express,JD014600001234567890`,
  );

  // The inquiry links to its order.
  await page.goto(`/staff/inquiries/${reference}`);
  await page.getByRole("region", { name: "Order" }).getByRole("link", { name: orderNumber }).click();
  await expect(page).toHaveURL(new RegExp(`/staff/orders/${orderNumber}$`));

  // The dashboard's quote figures count the accepted quote this month.
  await page.goto("/staff");
  const figures = page.getByRole("table", { name: "Quote figures per month" });
  await expect(figures).toBeVisible();
  const month = new Date().toLocaleDateString("en-GB", { month: "short", year: "numeric", timeZone: "UTC" });
  const thisMonth = figures.getByRole("row").filter({ has: page.getByRole("rowheader", { name: month, exact: true }) });
  await expect(thisMonth.getByRole("cell").nth(1)).not.toHaveText("0");
  await expect(figures.getByRole("row").filter({ hasText: "All months" })).toContainText("€");
  await expect(page.getByRole("table", { name: "Median time from request to first quote" })).toContainText("Quote");
});
