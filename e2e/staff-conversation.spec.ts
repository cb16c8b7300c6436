import { randomBytes } from "node:crypto";
import { expect, test, type Page } from "@playwright/test";
import { mailFor, receivedMail, uniqueEmail } from "./mail";
import { authFile } from "./staff";

/** A quote request through the public form, as a researcher sends it; returns its reference. */
async function submitQuote(page: Page, email: string, institution = "Conversation Test Institute") {
  await page.goto("/quote?products=B8106101");
  await page.getByLabel("Full name").fill("Dr Mira Holt");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Institution or company").fill(institution);
  await page.getByLabel("Country").fill("Germany");
  await page.getByLabel("Research use only").check();
  await page.getByLabel("Quantity").fill("5");
  await page.getByRole("button", { name: "Send quote request" }).click();
  return (await page.getByTestId("inquiry-reference").textContent())!;
}

test.describe("the staff side of the conversation", () => {
  test.use({ storageState: authFile("agent") });

  test("the requester's history lists their earlier request, and a reply's attached PDF reaches them byte for byte", async ({ page }) => {
    const email = uniqueEmail("conversation");
    const first = await submitQuote(page, email);
    const second = await submitQuote(page, email);
    await mailFor(second);

    await page.goto(`/staff/inquiries/${second}`);
    const history = page.locator('[data-history="inquiries"]');
    await expect(history.getByRole("link", { name: first })).toBeVisible();
    await expect(history.getByRole("link", { name: second })).toHaveCount(0);

    const pdf = Buffer.concat([Buffer.from("%PDF-1.4\n% certificate of analysis\n"), randomBytes(300_000), Buffer.from("\n%%EOF\n")]);
    await page.locator("#reply-body").fill("Dear Dr Holt,\n\nThe certificate of analysis of the current lot is attached.");
    await page.getByLabel("Attachments").setInputFiles({ name: "CoA B8106101.pdf", mimeType: "application/pdf", buffer: pdf });
    await page.getByLabel("Then set the status to").selectOption("");
    await page.getByRole("button", { name: "Send reply" }).click();
    const sentReply = page.locator('[data-timeline="message-out"]');
    await expect(sentReply.getByRole("link", { name: "CoA B8106101.pdf" })).toBeVisible();

    let reply: Awaited<ReturnType<typeof receivedMail>>[number] | undefined;
    await expect
      .poll(
        async () =>
          (reply = (await receivedMail()).find((m) => m.to === email && m.subject === `Re: [${second}] We received your quote request`)),
        {
          timeout: 20_000,
        },
      )
      .toBeTruthy();
    expect(reply!.attachments.map((a) => [a.filename, a.contentType])).toEqual([["CoA B8106101.pdf", "application/pdf"]]);
    expect(Buffer.from(reply!.attachments[0]!.content, "base64").equals(pdf)).toBe(true);

    // Staff download the same bytes from the timeline.
    const download = await page.request.get((await sentReply.getByRole("link", { name: "CoA B8106101.pdf" }).getAttribute("href"))!);
    expect(Buffer.from(await download.body()).equals(pdf)).toBe(true);
  });

  test("a file of a refused type is named next to the field and nothing typed is lost", async ({ page }) => {
    const reference = await submitQuote(page, uniqueEmail("refused"));
    await page.goto(`/staff/inquiries/${reference}`);
    await page.locator("#reply-body").fill("Draft that must survive.");
    await page
      .getByLabel("Attachments")
      .setInputFiles({ name: "run.exe", mimeType: "application/octet-stream", buffer: Buffer.from("MZ") });
    await expect(page.locator("#field-attachments-error")).toContainText("“run.exe” is not a permitted type");
    await page.getByRole("button", { name: "Send reply" }).click();
    await expect(page.getByLabel("Attachments")).toBeFocused();
    await expect(page.locator("#reply-body")).toHaveValue("Draft that must survive.");
  });

  test("two staff members on the same inquiry each see the other, and who is replying", async ({ browser, page }) => {
    // Up to two 20 s heartbeats pass before each side has seen the other: more than the default 30 s under CI load.
    test.slow();
    const reference = await submitQuote(page, uniqueEmail("presence"));
    const adminContext = await browser.newContext({ storageState: authFile("admin") });
    const admin = await adminContext.newPage();
    await page.goto(`/staff/inquiries/${reference}`);
    await admin.goto(`/staff/inquiries/${reference}`);

    // The admin's first heartbeat finds the agent; the agent's next one (within 20 s) finds the admin.
    await expect(admin.locator("[data-presence]")).toContainText("Agent is viewing since");
    await expect(page.locator("[data-presence]")).toContainText("Admin is viewing since", { timeout: 30_000 });
    await expect(page.locator("[data-presence]")).not.toContainText("Agent");

    await page.locator("#reply-body").fill("Working on it");
    await expect(admin.locator("[data-presence]")).toContainText("Agent is replying since", { timeout: 30_000 });
    await adminContext.close();
  });
});

test.describe("tags", () => {
  test.use({ storageState: authFile("admin") });

  test("an admin creates a tag, tags an inquiry, and filters the inbox by it", async ({ page }) => {
    const reference = await submitQuote(page, uniqueEmail("tagged"));
    const other = await submitQuote(page, uniqueEmail("untagged"));
    const name = `Key account ${Date.now().toString(36)}`;

    await page.goto("/staff/tags");
    const create = page.getByRole("form", { name: "New tag" });
    await create.getByLabel("Name").fill(name);
    await create.getByLabel("Colour").selectOption("purple");
    await create.getByRole("button", { name: "Add tag" }).click();
    await expect(page.getByText(`Added “${name}”.`)).toBeVisible();
    // The same name in other letters is refused next to the field.
    await create.getByLabel("Name").fill(name.toUpperCase());
    await create.getByRole("button", { name: "Add tag" }).click();
    await expect(create.locator("#tag-new-name-error")).toHaveText(/Another tag has this name/);

    await page.goto(`/staff/inquiries/${reference}`);
    await page.getByLabel("Add a tag").selectOption({ label: name });
    await page.getByRole("button", { name: "Add", exact: true }).click();
    await expect(page.getByRole("button", { name: `Remove the tag “${name}”` })).toBeVisible();
    await expect(page.getByRole("listitem").filter({ hasText: `tagged it “${name}”` })).toBeVisible();

    await page.goto("/staff/inquiries");
    await page.getByLabel("Tag").selectOption({ label: name });
    await page.getByRole("button", { name: "Apply filters" }).click();
    await expect(page).toHaveURL(/tag=/);
    const rows = page.locator("tbody tr");
    await expect(rows).toHaveCount(1);
    await expect(rows.first()).toContainText(reference);
    await expect(rows.first().locator(`[data-tag="${name}"]`)).toBeVisible();
    await expect(page.getByRole("link", { name: other })).toHaveCount(0);
  });
});
