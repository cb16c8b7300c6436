// Security headers, and that the Content-Security-Policy breaks nothing: every main page is opened in
// Chromium and used a little (search box, a form, the structure preview, staff pages) while every
// CSP violation and console error is collected; there must be none.
import { expect, test, type Page } from "@playwright/test";
import { uniqueEmail } from "./mail";
import { authFile } from "./staff";

const PRODUCT = "/products/B8105958";
const GUIDE = "/guides/ly3020371-hydrochloride-vs-ketamine";

/** Records CSP violations and console errors from the first script on, in every page of the context. */
async function watchForViolations(page: Page) {
  const problems: string[] = [];
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (event) => {
      console.error(
        `CSP violation: ${event.violatedDirective} blocked ${event.blockedURI || "inline"} (${event.sourceFile}:${event.lineNumber})`,
      );
    });
  });
  page.on("console", (message) => {
    if (message.type() === "error") problems.push(`${page.url()}: ${message.text()}`);
  });
  page.on("pageerror", (error) => problems.push(`${page.url()}: ${error.message}`));
  // Console errors for failed loads do not name the resource; this does.
  page.on("response", (response) => {
    if (response.status() >= 400) problems.push(`${page.url()}: ${response.status()} ${response.url()}`);
  });
  return problems;
}

/** A page is hydrated once React has attached to it; the header search box is then live. */
async function searchFromHeader(page: Page) {
  const box = page.getByRole("combobox", { name: "Search products and guides" });
  await box.fill("ketamne");
  await expect(page.getByRole("listbox", { name: "Suggestions" }).getByRole("option").first()).toContainText("Ketamine hydrochloride");
  await box.fill("");
}

test("public pages hydrate under their CSP with no violation or console error", async ({ page }) => {
  test.setTimeout(120_000);
  const problems = await watchForViolations(page);
  for (const url of [
    "/",
    "/products",
    PRODUCT,
    "/guides",
    GUIDE,
    "/search?q=ketamine",
    "/search/structure",
    "/quote",
    "/custom-synthesis",
    "/support",
  ]) {
    const response = await page.goto(url);
    expect(response?.status(), url).toBe(200);
    await searchFromHeader(page);
  }
  await page.goto("/sign-in");
  await page.getByLabel("Work email").fill("not-an-address");
  await page.getByRole("button", { name: "Email me a sign-in link" }).click();
  await expect(page.locator("#email-error")).toHaveText(/Enter your email address/);
  expect(problems).toEqual([]);
});

test("forms, the structure preview and client navigation work under the CSP", async ({ page }) => {
  test.setTimeout(120_000);
  const problems = await watchForViolations(page);

  // A form posts its server action under the nonce policy and shows the reference.
  await page.goto("/quote?products=B8105958");
  await page.getByLabel("Full name").fill("Dr Ana Ruiz");
  await page.getByLabel("Email").fill(uniqueEmail("csp"));
  await page.getByLabel("Institution or company").fill("Example University");
  await page.getByLabel("Country").fill("Spain");
  await page.getByLabel("Research use only").check();
  await page.getByLabel("Quantity").first().fill("5");
  await page.getByRole("button", { name: "Send quote request" }).click();
  await expect(page.getByTestId("inquiry-reference")).toHaveText(/^Q-\d{4}-\d{6}$/);

  // The structure preview (drawn by RDKit on the server, shown as an SVG data URL).
  await page.goto("/custom-synthesis");
  await page.getByLabel("SMILES").fill("Cl.CNC1(CCCCC1=O)c1ccccc1Cl");
  await expect(page.getByRole("img", { name: /Structure drawn from the SMILES/ })).toBeVisible();

  // Client-side navigation from a cached page into a per-request page and back.
  await page.goto(PRODUCT);
  await page.getByRole("main").getByRole("link", { name: "Request a quote" }).click();
  await expect(page).toHaveURL(/\/quote/);
  await page.goBack();
  await expect(page).toHaveURL(new RegExp(`${PRODUCT}$`));

  expect(problems).toEqual([]);
});

test.describe("signed in as admin", () => {
  test.use({ storageState: authFile("admin") });

  test("staff pages work under the nonce policy with no violation or console error", async ({ page }) => {
    const problems = await watchForViolations(page);
    for (const url of [
      "/staff",
      "/staff/inquiries",
      "/staff/mail",
      "/staff/team",
      "/staff/canned-replies",
      "/staff/audit",
      "/staff/catalog",
      "/staff/catalog/B8105958",
    ]) {
      const response = await page.goto(url);
      expect(response?.status(), url).toBe(200);
    }
    // Hydrated: a client-side filter change in the inbox navigates without a reload.
    await page.goto("/staff/inquiries");
    await page.getByRole("link", { name: "Team" }).first().click();
    await expect(page).toHaveURL(/\/staff\/team$/);
    expect(problems).toEqual([]);
  });
});

test("pages rendered per request get a fresh nonce; cached pages stay cached and get none", async ({ request }) => {
  const first = (await request.get("/quote")).headers()["content-security-policy"]!;
  const second = (await request.get("/quote")).headers()["content-security-policy"]!;
  const nonceOf = (policy: string) => /'nonce-([A-Za-z0-9+/=]+)'/.exec(policy)?.[1];
  expect(first).toMatch(/script-src 'nonce-[^']+' 'strict-dynamic'/);
  expect(nonceOf(first)).not.toBe(nonceOf(second));
  // Next stamps the response's nonce on the scripts it renders.
  const signIn = await request.get("/sign-in");
  const nonce = nonceOf(signIn.headers()["content-security-policy"]!);
  expect(await signIn.text()).toContain(`nonce="${nonce}"`);

  await request.get(PRODUCT);
  const cached = await request.get(PRODUCT);
  expect(cached.headers()["x-nextjs-cache"]).toMatch(/HIT|STALE/);
  const policy = cached.headers()["content-security-policy"]!;
  expect(policy).toContain("script-src 'self' 'unsafe-inline'");
  expect(policy).not.toContain("nonce-");

  for (const p of [first, policy]) {
    for (const directive of [
      "default-src 'self'",
      "object-src 'none'",
      "base-uri 'none'",
      "form-action 'self'",
      "frame-ancestors 'none'",
      "connect-src 'self'",
    ])
      expect(p).toContain(directive);
    expect(p).not.toContain("unsafe-eval");
    // The e2e server's SITE_URL is http: nothing may be upgraded to https there.
    expect(p).not.toContain("upgrade-insecure-requests");
  }
});

test("a nonce sent by the client never reaches a page's scripts", async ({ request }) => {
  for (const url of [PRODUCT, "/quote"]) {
    const response = await request.get(url, { headers: { "Content-Security-Policy": "script-src 'nonce-attacker0000'" } });
    expect(await response.text()).not.toContain("attacker0000");
  }
});

test("every response carries the fixed security headers; HSTS only on an https production site", async ({ request }) => {
  for (const url of ["/", PRODUCT, "/quote", "/staff", "/structures/B8105958.svg", "/api/search/suggest?q=ke", "/robots.txt"]) {
    const headers = (await request.get(url, { maxRedirects: 0 })).headers();
    expect(headers["x-content-type-options"], url).toBe("nosniff");
    expect(headers["referrer-policy"], url).toBe("strict-origin-when-cross-origin");
    expect(headers["x-frame-options"], url).toBe("DENY");
    expect(headers["strict-transport-security"], url).toBeUndefined();
  }
  // A structure drawing keeps its own, stricter policy.
  expect((await request.get("/structures/B8105958.svg")).headers()["content-security-policy"]).toBe(
    "default-src 'none'; style-src 'unsafe-inline'",
  );
});
