import { readFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { mailFor, receivedMail, uniqueEmail } from "./mail";
import { authFile, inboundSecret } from "./staff";

test.use({ storageState: authFile("agent") });

/** A new quote request, sent through the public form as a researcher would. */
async function submitQuote(page: import("@playwright/test").Page, email: string) {
  await page.goto("/quote?products=B8106101");
  await page.getByLabel("Full name").fill("Dr Lena Park");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Institution or company").fill("Triage Test Institute");
  await page.getByLabel("Country").fill("Korea");
  await page.getByLabel("Research use only").check();
  await page.getByLabel("Quantity").fill("5");
  await page.getByRole("button", { name: "Send quote request" }).click();
  return (await page.getByTestId("inquiry-reference").textContent())!;
}

test("an agent triages a new quote: assigns it, notes, replies with a canned reply, receives the answer, exports", async ({
  page,
  request,
}) => {
  const email = uniqueEmail("triage");
  const reference = await submitQuote(page, email);
  const [ack] = (await mailFor(reference)).filter((m) => m.to === email);

  // Find it in the inbox by searching for the institution, among new quotes.
  await page.goto("/staff/inquiries");
  await page.getByLabel("Kind").selectOption("QUOTE");
  await page.getByLabel("Search").fill("triage test institute");
  await page.getByRole("button", { name: "Apply filters" }).click();
  await expect(page).toHaveURL(/kind=QUOTE/);
  await expect(page).toHaveURL(/q=triage\+test\+institute/);
  await page.getByRole("link", { name: reference }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(reference);
  await expect(page.getByText("New", { exact: true }).first()).toBeVisible();

  // Viewing changed nothing; now assign it to me.
  await page.getByRole("button", { name: "Assign to me" }).click();
  await expect(page.getByLabel("Assignee")).toHaveValue(/.+/);
  await expect(page.getByRole("listitem").filter({ hasText: "assigned it to Agent" })).toBeVisible();

  await page.getByLabel("Internal note").fill("Check stock of B8106101 with the warehouse before quoting.");
  await page.getByRole("button", { name: "Add internal note" }).click();
  const note = page.locator('[data-timeline="note"]');
  await expect(note).toContainText("Internal note · not sent");
  await expect(note).toContainText("Check stock of B8106101");

  // A canned reply, filled in for this inquiry, then edited and sent.
  await page.getByLabel("Start from a canned reply").selectOption({ label: "Quote: prices and lead time" });
  const reply = page.locator("#reply-body");
  await expect(reply).toHaveValue(new RegExp(`^Dear Dr Lena Park,\\n\\nThank you for your quote request ${reference}`));
  // Its placeholder is not sent by mistake: the reply waits until it is filled in or confirmed.
  await page.getByRole("button", { name: "Send reply" }).click();
  const asWritten = page.getByLabel("Send with the bracketed text as written");
  await expect(asWritten).toBeFocused();
  await expect(page.locator("#field-sendAsWritten-error")).toHaveText(/Replace “\[pack size — price — lead time\]” with your text/);
  await reply.fill((await reply.inputValue()).replace("[pack size — price — lead time]", "5 mg — EUR 240 — ships in 3 days"));
  await expect(asWritten).toBeHidden();
  await expect(page.getByLabel("Then set the status to")).toHaveValue("QUOTED");
  await page.getByRole("button", { name: "Send reply" }).click();
  await expect(page.locator('[data-timeline="message-out"]')).toContainText("5 mg — EUR 240");
  await expect(page.getByText("Quoted", { exact: true }).first()).toBeVisible();

  // The reply reaches the requester threaded under the acknowledgment; the note does not.
  let sent: Awaited<ReturnType<typeof receivedMail>>[number] | undefined;
  await expect
    .poll(async () => (sent = (await receivedMail()).find((m) => m.to === email && m.subject?.startsWith("Re: ")))?.subject, {
      timeout: 20_000,
    })
    .toBe(`Re: [${reference}] We received your quote request`);
  expect(sent!.inReplyTo).toBe(ack!.messageId);
  expect(sent!.references).toContain(ack!.messageId);
  expect(sent!.text).toContain("5 mg — EUR 240");
  expect(
    (await receivedMail())
      .filter((m) => m.to === email)
      .map((m) => m.text)
      .join("\n"),
  ).not.toContain("warehouse");

  // The requester answers; the mail provider posts the raw message to our webhook.
  const raw = [
    `From: Dr Lena Park <${email}>`,
    "To: quotes@reagentdesk.example",
    `Subject: Re: [${reference}] We received your quote request`,
    `Message-ID: <answer.${Date.now()}@example.edu>`,
    `In-Reply-To: ${sent!.messageId}`,
    `References: ${ack!.messageId} ${sent!.messageId}`,
    "Date: Fri, 27 Nov 2026 10:00:00 +0000",
    "MIME-Version: 1.0",
    "Content-Type: text/plain; charset=utf-8",
    "",
    "Thank you, please go ahead: our PO number is PO-88121.",
    "",
  ].join("\r\n");
  const refused = await request.post("/api/inbound-email", {
    data: raw,
    headers: { "Content-Type": "message/rfc822", Authorization: "Bearer wrong-secret-000000" },
  });
  expect(refused.status()).toBe(401);
  const posted = await request.post("/api/inbound-email", {
    data: raw,
    headers: { "Content-Type": "message/rfc822", Authorization: `Bearer ${inboundSecret}` },
  });
  expect(posted.status()).toBe(200);
  expect(await posted.json()).toMatchObject({ status: "attached", reference });
  await page.reload();
  await expect(page.locator('[data-timeline="message-in"]')).toContainText("our PO number is PO-88121");

  // The CSV of the current view holds this inquiry with its first-response time.
  await page.goto(`/staff/inquiries?q=${encodeURIComponent(reference)}`);
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("link", { name: "Export CSV of this view" }).click(),
  ]);
  const csv = readFileSync((await download.path())!, "utf8");
  const lines = csv.trim().split(/\r\n/);
  expect(lines).toHaveLength(2);
  expect(lines[1]).toContain(reference);
  expect(lines[1]).toContain("Triage Test Institute");
});

test("bulk actions and the spam flow: hidden from the inbox, sender blocked, reversible", async ({ page }) => {
  const email = uniqueEmail("spam");
  const reference = await submitQuote(page, email);

  await page.goto(`/staff/inquiries?q=${encodeURIComponent(reference)}`);
  await page.getByRole("checkbox", { name: `Select ${reference}` }).check();
  await page.getByLabel("With selected").selectOption("spam");
  await page.getByRole("button", { name: "Apply to selected" }).click();
  await expect(page.getByRole("status").filter({ hasText: "1 inquiry updated." })).toBeVisible();
  await page.goto(`/staff/inquiries?q=${encodeURIComponent(reference)}`);
  await expect(page.getByText("No inquiries match these filters.")).toBeVisible();

  // The same sender is refused, with a message that keeps the form as typed.
  const blocked = await page.context().browser()!.newPage();
  await blocked.goto("/quote?products=B8106101");
  await blocked.getByLabel("Full name").fill("Dr Lena Park");
  await blocked.getByLabel("Email").fill(email);
  await blocked.getByLabel("Institution or company").fill("Triage Test Institute");
  await blocked.getByLabel("Country").fill("Korea");
  await blocked.getByLabel("Research use only").check();
  await blocked.getByLabel("Quantity").fill("5");
  await blocked.getByRole("button", { name: "Send quote request" }).click();
  await expect(blocked.locator("[data-form-message]")).toContainText("could not be accepted");
  await expect(blocked.getByLabel("Email")).toHaveValue(email);
  await blocked.close();

  await page.goto(`/staff/inquiries?status=SPAM&q=${encodeURIComponent(reference)}`);
  await page.getByRole("link", { name: reference }).click();
  await page.getByRole("button", { name: "Not spam: restore and unblock sender" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Restored" })).toBeVisible();
  await expect(page.getByRole("listitem").filter({ hasText: "marked it as not spam, restoring New" })).toBeVisible();
});
