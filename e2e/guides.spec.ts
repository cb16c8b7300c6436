import { readFile } from "node:fs/promises";
import { expect, test } from "@playwright/test";

const slug = "ly3020371-hydrochloride-vs-ketamine";

test("from the product page to the guide, its references and BibTeX, and back", async ({ page }) => {
  await page.goto("/products/B8105958");
  await page
    .getByRole("region", { name: "Technical guides" })
    .getByRole("link", { name: /LY3020371 hydrochloride vs\. ketamine/ })
    .click();
  await expect(page).toHaveURL(new RegExp(`/guides/${slug}$`));
  await expect(page.getByRole("heading", { level: 1 })).toContainText("LY3020371 hydrochloride vs. ketamine");

  // Citation [1] leads to the first entry of the numbered reference list.
  await page.getByRole("link", { name: "Reference 1", exact: true }).first().click();
  await expect(page).toHaveURL(/#ref-1$/);
  const first = page.locator("#ref-1");
  await expect(first).toBeInViewport();
  await expect(first.getByRole("link", { name: /PMID|doi:/ }).first()).toHaveAttribute(
    "href",
    /^https:\/\/(pubmed\.ncbi\.nlm\.nih\.gov|doi\.org)\//,
  );

  // The comparison table is built from catalog data for both compounds.
  const table = page.getByRole("region", { name: "Side-by-side comparison" }).getByRole("table");
  await expect(table).toContainText("B8105958");
  await expect(table).toContainText("B8106012");
  await expect(table).toContainText("C15H16ClF2NO5S");

  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "BibTeX (.bib)" }).click()]);
  expect(download.suggestedFilename()).toBe(`${slug}.bib`);
  const bibtex = await readFile((await download.path())!, "utf8");
  expect(bibtex).toMatch(/^@misc\{reagentdesk-ly3020371-hydrochloride-vs-ketamine,/);
  // The server's SITE_URL is the test server's own origin (E2E_PORT).
  expect(bibtex).toContain(`url = {${new URL(page.url()).origin}/guides/${slug}}`);

  await page.getByRole("link", { name: "LY3020371 hydrochloride (B8105958)" }).click();
  await expect(page).toHaveURL(/\/products\/B8105958$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("LY3020371 hydrochloride");
});

test("the guide list filters by kind and shows the compounds each guide covers", async ({ page }) => {
  await page.goto("/guides");
  const guide = page.getByRole("listitem").filter({ has: page.getByRole("link", { name: /LY3020371 hydrochloride vs\. ketamine/ }) });
  await expect(guide.getByRole("link", { name: "Ketamine hydrochloride", exact: true })).toBeVisible();
  await page.getByRole("link", { name: /^Protocol \(0\)$/ }).click();
  await expect(page).toHaveURL(/kind=protocol/);
  await expect(page.getByText("No guides of this type yet.")).toBeVisible();
});

test("the guide prints cleanly and saves as a PDF", async ({ page }) => {
  await page.goto(`/guides/${slug}`);
  await page.emulateMedia({ media: "print" });
  await expect(page.getByRole("navigation", { name: "Main" })).toBeHidden();
  await expect(page.getByRole("button", { name: /Download PDF/ })).toBeHidden();
  await expect(page.getByRole("heading", { name: "References" })).toBeVisible();
  const printedUrl = await page
    .locator("#ref-1 a")
    .first()
    .evaluate((a) => getComputedStyle(a, "::after").content);
  expect(printedUrl).toMatch(/https:\/\//);
  const pdf = await page.pdf({ format: "A4" });
  expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
  expect(pdf.length).toBeGreaterThan(20_000);
});

test("the guide's inquiry buttons are prefilled with its products", async ({ page }) => {
  await page.goto(`/guides/${slug}`);
  await page.getByRole("region", { name: "Order the compounds in this guide" }).getByRole("link", { name: "Request a quote" }).click();
  await expect(page).toHaveURL(/\/quote\?products=B8105958,B8106012/);
  await expect(page.getByLabel("Product 1: catalog number")).toHaveValue("B8105958");
  await expect(page.getByLabel("Product 2: catalog number")).toHaveValue("B8106012");
});
