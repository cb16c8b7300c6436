import { readFileSync } from "node:fs";
import { expect, test, type APIRequestContext, type Browser, type Page } from "@playwright/test";
import { literal, withE2eDatabase } from "./db";
import { uniqueEmail } from "./mail";
import { acknowledgmentLink, insertSentQuote, onPostgres, submitQuoteRequest } from "./requester";

// Every way of reaching another requester's request answers like a page that does not exist: the
// same 404 for pages, the same plain 404 for files and PDFs, and no trace of the other request.

type Requester = { page: Page; email: string; reference: string; link: string; token: string; fileId: string };

async function requester(browser: Browser, tag: string): Promise<Requester> {
  const page = await (await browser.newContext()).newPage();
  const email = uniqueEmail(tag);
  const reference = await submitQuoteRequest(page, email, `Requester ${tag}`);
  const link = await acknowledgmentLink(reference, email);
  await page.goto(link);
  await expect(page).toHaveURL(new RegExp(`/requests/${reference}$`));
  const write = page.getByRole("form", { name: "Write to us" });
  await write.getByLabel("Your message or question").fill(`secret of ${tag}`);
  await write.getByLabel("Files").setInputFiles({ name: `${tag}.txt`, mimeType: "text/plain", buffer: Buffer.from(`file of ${tag}`) });
  await write.getByRole("button", { name: "Send" }).click();
  const fileLink = page.getByRole("link", { name: `${tag}.txt` });
  await expect(fileLink).toBeVisible();
  const fileId = (await fileLink.getAttribute("href"))!.split("/").pop()!;
  return { page, email, reference, link, token: new URL(link).searchParams.get("token")!, fileId };
}

/** Refused like a missing page, with nothing of `other` in it. */
async function expectNothingOf(page: Page, other: Requester) {
  const html = await page.content();
  for (const secret of [other.email, `secret of`, other.fileId]) expect(html).not.toContain(secret);
}

async function expectPlain404(request: APIRequestContext, path: string) {
  const response = await request.get(path);
  expect(response.status(), path).toBe(404);
  expect(await response.text()).toBe("Not found");
}

test("two requesters cannot reach each other's request by token, reference, file id or quote id", async ({ browser }) => {
  test.setTimeout(180_000);
  const a = await requester(browser, "alpha");
  const b = await requester(browser, "bravo");

  // A's session on B's page: the site's 404, the same as for a reference nobody has.
  const own404 = await a.page.goto(`/requests/Q-2000-999999`);
  const title404 = await a.page.title();
  expect(own404?.status()).toBe(404);
  const other = await a.page.goto(`/requests/${b.reference}`);
  expect(other?.status()).toBe(404);
  expect(await a.page.title()).toBe(title404);
  await expectNothingOf(a.page, b);

  // B's files and guessed ids, under B's reference or A's own.
  await expectPlain404(a.page.request, `/requests/${b.reference}/files/${b.fileId}`);
  await expectPlain404(a.page.request, `/requests/${a.reference}/files/${b.fileId}`);
  for (const guess of ["1", "cm0000000000000000000000", b.fileId.slice(0, -1) + (b.fileId.endsWith("a") ? "b" : "a"), "..%2F..%2Fetc"])
    await expectPlain404(a.page.request, `/requests/${a.reference}/files/${guess}`);
  expect((await a.page.request.get(`/requests/${a.reference}/files/${a.fileId}`)).status()).toBe(200);

  // "My requests" lists A's own request only.
  await a.page.goto("/requests");
  await expect(a.page.getByRole("link", { name: a.reference })).toBeVisible();
  await expectNothingOf(a.page, b);
  expect(await a.page.content()).not.toContain(b.reference);

  // A's form, pointed at B's reference: refused, and nothing reaches B's conversation.
  await a.page.goto(`/requests/${a.reference}`);
  await a.page
    .locator('form[aria-label="Write to us"] input[name="reference"]')
    .evaluate((input, ref) => ((input as HTMLInputElement).value = ref), b.reference);
  const write = a.page.getByRole("form", { name: "Write to us" });
  await write.getByLabel("Your message or question").fill("planted by alpha");
  await write.getByRole("button", { name: "Send" }).click();
  await expect(write.getByRole("alert")).toHaveText(/This request is not available/);
  await b.page.reload();
  await expect(b.page.locator('[data-message="yours"]')).toHaveCount(1);
  await expect(b.page.getByText("planted by alpha")).toHaveCount(0);

  // Tokens swapped between the references, and a forged one: no session, no data.
  const fresh = await (await browser.newContext()).newPage();
  for (const [reference, token] of [
    [b.reference, a.token],
    [a.reference, b.token],
    [a.reference, "A".repeat(43)],
  ]) {
    await fresh.goto(`/requests/${reference}?token=${token}`);
    await expect(fresh).toHaveURL(new RegExp(`/requests\\?link=invalid&reference=${reference}$`));
    await expectNothingOf(fresh, b);
    await fresh.goto(`/requests/${b.reference}`);
    await expect(fresh).toHaveURL(new RegExp(`/requests\\?reference=${b.reference}$`));
    await expectPlain404(fresh.request, `/requests/${b.reference}/files/${b.fileId}`);
  }

  // A forged cookie, and A's cookie with its payload changed to B's address.
  const cookie = (await a.page.context().cookies()).find((c) => c.name === "rd_requester")!;
  const [payload, signature] = cookie.value.split(".");
  const altered = JSON.parse(Buffer.from(payload!, "base64url").toString()) as { e: string };
  altered.e = b.email;
  for (const value of ["forged.value", `${Buffer.from(JSON.stringify(altered)).toString("base64url")}.${signature}`]) {
    await fresh.context().addCookies([{ ...cookie, value }]);
    await fresh.goto(`/requests/${b.reference}`);
    await expect(fresh).toHaveURL(new RegExp(`/requests\\?reference=${b.reference}$`));
    await expectNothingOf(fresh, b);
    await expectPlain404(fresh.request, `/requests/${b.reference}/files/${b.fileId}`);
  }

  // Every action of the requester's page, called by hand with junk arguments: refused, never a 5xx.
  // (Sign-out is left out: it would end A's session, which the rest of the test uses.)
  const manifest = JSON.parse(readFileSync(".next/server/server-reference-manifest.json", "utf8")) as {
    node: Record<string, { filename?: string; exportedName?: string }>;
  };
  const actions = Object.entries(manifest.node).filter(
    ([, entry]) => entry.filename?.startsWith("app/(site)/requests/") && entry.exportedName !== "signOutAction",
  );
  expect(actions.map(([, entry]) => entry.exportedName).sort()).toEqual(
    ["acceptAction", "declineAction", "messageAction", "renewalAction", "resendLinkAction"].sort(),
  );
  for (const [id] of actions) {
    const response = await a.page.request.post(`/requests/${b.reference}`, {
      headers: { "Next-Action": id, "Content-Type": "text/plain;charset=UTF-8", Accept: "text/x-component" },
      data: JSON.stringify([{ status: "idle" }, {}]),
      maxRedirects: 0,
    });
    expect(response.status(), id).toBeLessThan(500);
    const body = await response.text();
    for (const secret of [b.email, "secret of"]) expect(body).not.toContain(secret);
  }

  if (onPostgres) {
    // B's quote PDF, from A's session, under either reference.
    const quoteId = await insertSentQuote(b.reference);
    expect((await b.page.request.get(`/requests/${b.reference}/quotes/${quoteId}/pdf`)).status()).toBe(200);
    await expectPlain404(a.page.request, `/requests/${b.reference}/quotes/${quoteId}/pdf`);
    await expectPlain404(a.page.request, `/requests/${a.reference}/quotes/${quoteId}/pdf`);

    // A's own acceptance and decline forms aimed at B's quote, under B's reference or A's own.
    await insertSentQuote(a.reference);
    await a.page.goto(`/requests/${a.reference}`);
    for (const [reference, refusal] of [
      [b.reference, /This request is not available/],
      [a.reference, /This quote does not exist/],
    ] as const) {
      const accept = a.page.getByRole("form", { name: /^Accept / });
      await accept.locator('input[name="reference"]').evaluate((input, value) => ((input as HTMLInputElement).value = value), reference);
      await accept.locator('input[name="quoteId"]').evaluate((input, value) => ((input as HTMLInputElement).value = value), quoteId);
      await accept.getByLabel("Name of the person accepting").fill("Alpha");
      await accept.getByLabel("Purchase order number").fill("PO-ALPHA");
      await accept.getByLabel(/I accept the quote/).check();
      await accept.getByRole("button", { name: /^Accept / }).click();
      await expect(accept.getByRole("alert")).toHaveText(refusal);
      const decline = a.page.getByRole("form", { name: /^Decline / });
      await a.page.getByText("Decline this quote").click();
      await decline.locator('input[name="reference"]').evaluate((input, value) => ((input as HTMLInputElement).value = value), reference);
      await decline.locator('input[name="quoteId"]').evaluate((input, value) => ((input as HTMLInputElement).value = value), quoteId);
      await decline.getByLabel("Why are you declining?").fill("planted decline");
      await decline.getByRole("button", { name: /^Decline / }).click();
      await expect(decline.getByRole("alert")).toHaveText(refusal);
      await a.page.reload();
    }
    const [bQuote] = await withE2eDatabase((query) => query(`SELECT status FROM "Quote" WHERE id = ${literal(quoteId)}`));
    expect(bQuote).toEqual({ status: "SENT" });

    // An expired token opens nothing; a revoked link also ends the session it started.
    await withE2eDatabase((query) =>
      query(`UPDATE "RequesterLink" SET "expiresAt" = now() - interval '1 minute'
             WHERE "inquiryId" = (SELECT id FROM "Inquiry" WHERE reference = ${literal(b.reference)})`),
    );
    await fresh.context().clearCookies();
    await fresh.goto(b.link);
    await expect(fresh).toHaveURL(new RegExp(`/requests\\?link=expired&reference=${b.reference}$`));
    await withE2eDatabase((query) =>
      query(`UPDATE "RequesterLink" SET "revokedAt" = now()
             WHERE "inquiryId" = (SELECT id FROM "Inquiry" WHERE reference = ${literal(a.reference)})`),
    );
    await a.page.goto(`/requests/${a.reference}`);
    await expect(a.page).toHaveURL(new RegExp(`/requests\\?reference=${a.reference}$`));
  }

  // Signing out ends the session in this browser.
  await b.page.goto(`/requests/${b.reference}`);
  await b.page.getByRole("button", { name: "Sign out" }).click();
  await expect(b.page).toHaveURL(/\/requests$/);
  await expect(b.page.getByRole("form", { name: "Send me a new link" })).toBeVisible();
  await expectPlain404(b.page.request, `/requests/${b.reference}/files/${b.fileId}`);
});
