import { expect, test } from "@playwright/test";
import { literal, withE2eDatabase } from "./db";
import { mailFor, receivedMail, uniqueEmail } from "./mail";
import { authFile } from "./staff";

test.use({ storageState: authFile("admin") });

// A message the outbox gave up on cannot be made through the site (twelve failed sends): the test
// marks one FAILED in the database, so it runs on PostgreSQL only (.ci/run's e2e pass).
test("an admin sends a failed email again from /staff/mail; agents see it but cannot", async ({ page, browser }) => {
  test.skip(!process.env.E2E_DATABASE_URL, "needs E2E_DATABASE_URL (PostgreSQL)");
  const email = uniqueEmail("failed");
  await page.goto("/quote?products=B8106101");
  await page.getByLabel("Full name").fill("Dr Kai Weber");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Institution or company").fill("Failed Mail Institute");
  await page.getByLabel("Country").fill("Germany");
  await page.getByLabel("Research use only").check();
  await page.getByLabel("Quantity").fill("5");
  await page.getByRole("button", { name: "Send quote request" }).click();
  const reference = (await page.getByTestId("inquiry-reference").textContent())!;
  await mailFor(reference);
  await withE2eDatabase((query) =>
    query(
      `UPDATE "OutboxMessage" SET status = 'FAILED', attempts = 12, "lastError" = '550 simulated outage'
        WHERE template = 'inquiry-ack' AND "inquiryId" = (SELECT id FROM "Inquiry" WHERE reference = ${literal(reference)})`,
    ),
  );

  const agent = await browser.newContext({ storageState: authFile("agent") });
  const agentPage = await agent.newPage();
  await agentPage.goto("/staff/mail");
  const agentItem = agentPage.getByRole("listitem").filter({ hasText: `[${reference}] We received` });
  await expect(agentItem).toContainText("An admin can send it again.");
  await expect(agentItem.getByRole("button", { name: "Send again" })).toHaveCount(0);
  await agent.close();

  await page.goto("/staff/mail");
  const item = page.getByRole("listitem").filter({ hasText: `[${reference}] We received` });
  await expect(item).toContainText("Last error: 550 simulated outage");
  await item.getByRole("button", { name: "Send again" }).click();
  await expect(item.getByRole("status")).toHaveText(`Queued to be sent again to ${email}.`);
  await expect.poll(async () => (await receivedMail()).filter((m) => m.to === email).length, { timeout: 15_000 }).toBe(2);

  await page.goto(`/staff/inquiries/${reference}`);
  await expect(page.getByText(`re-queued the failed email “[${reference}] We received your quote request” to ${email}`)).toBeVisible();
});
