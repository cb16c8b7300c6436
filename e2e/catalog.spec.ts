import { expect, test } from "@playwright/test";

test("a researcher finds LY3020371 hydrochloride from the home page", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("region", { name: "Featured products" }).getByRole("link", { name: "LY3020371 hydrochloride", exact: true }).click();

  await expect(page).toHaveURL(/\/products\/B8105958$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("LY3020371 hydrochloride");
  await expect(page.getByText("B8105958").first()).toBeVisible();

  const overview = page.locator("dl").first();
  await expect(overview).toContainText("C15H16ClF2NO5S");
  await expect(overview).toContainText("395.8");

  const structure = page.getByRole("img", { name: "2D chemical structure of LY3020371 hydrochloride" });
  await expect(structure).toBeVisible();
  // Visible is not loaded: wait until the browser has decoded the SVG the route served.
  await expect.poll(() => structure.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);

  await expect(page.getByRole("note", { name: "Research use only" })).toContainText("not for diagnostic or therapeutic");
});

test("the catalog can be filtered by target, and the filter is in the URL", async ({ page }) => {
  await page.goto("/products");
  const status = page.getByRole("status");
  const before = Number((await status.textContent())!.match(/\d+/)![0]);

  const targets = page.getByRole("navigation", { name: "Target" });
  const mglu3 = targets.getByRole("link", { name: /mGlu3 receptor/ });
  const expected = Number((await mglu3.locator("span").last().textContent())!.trim());
  await mglu3.click();

  await expect(page).toHaveURL(/[?&]target=mglu3(&|$)/);
  await expect(targets.getByRole("link", { name: /mGlu3 receptor/ })).toHaveAttribute("aria-current", "true");
  await expect(status).toContainText(`${expected} product`);
  expect(expected).toBeLessThan(before);

  const products = page.getByRole("region", { name: "Products" });
  await expect(products.getByRole("link", { name: "LY3020371 hydrochloride", exact: true })).toBeVisible();
  await expect(products.getByRole("link", { name: "Ketamine hydrochloride" })).toHaveCount(0);

  // The same URL, opened fresh, shows the same filtered list.
  await page.goto(page.url());
  await expect(status).toContainText(`${expected} product`);
});

test("catalog numbers are matched case-insensitively", async ({ page }) => {
  await page.goto("/products/b8105958");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("LY3020371 hydrochloride");
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute("href", /\/products\/B8105958$/);
});

test("an unknown catalog number shows the 404 page", async ({ page }) => {
  const response = await page.goto("/products/NOPE-1");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Product not found");
  await expect(page.getByRole("searchbox", { name: "Name, catalog number, CAS number or synonym" })).toHaveValue("NOPE-1");
});
