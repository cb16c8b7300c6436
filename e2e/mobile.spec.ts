import { expect, test } from "@playwright/test";

// Runs in the "phone" project (Pixel 7 viewport and touch).
for (const path of ["/", "/products", "/products/B8105958"]) {
  test(`${path} fits a phone screen without sideways scrolling`, async ({ page }) => {
    await page.goto(path);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });
}

test("on a phone the inquiry actions come right after the product overview", async ({ page }) => {
  await page.goto("/products/B8105958");
  const actions = await page.getByRole("heading", { name: "Order or ask about this product" }).boundingBox();
  const chemical = await page.getByRole("heading", { name: "Chemical data" }).boundingBox();
  const structure = await page.getByRole("img", { name: /2D chemical structure/ }).boundingBox();
  expect(structure!.y).toBeLessThan(actions!.y);
  expect(actions!.y).toBeLessThan(chemical!.y);
});
