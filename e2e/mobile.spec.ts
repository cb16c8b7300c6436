import { expect, test, type Page } from "@playwright/test";
import { blockingViolations } from "./axe";
import { publicPages } from "./public-pages";

// Runs in the "phone" project (Pixel 7: touch, 412 px wide); each test sets the width it checks.

for (const width of [360, 390]) {
  for (const { name, path } of publicPages) {
    test(`the ${name} page fits a ${width} px phone screen without sideways scrolling`, async ({ page }) => {
      await page.setViewportSize({ width, height: 800 });
      await page.goto(path);
      await page.waitForLoadState("load"); // lazy structure drawings included
      // Against the width set, not innerWidth: a phone zooms out to fit a too-wide page, and its
      // innerWidth grows with it.
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
    });
  }
}

for (const { name, path } of publicPages) {
  test(`at 390 px the ${name} page has no serious or critical accessibility violation`, async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(path);
    expect(await blockingViolations(page)).toEqual([]);
  });
}

test("on a phone the inquiry actions come right after the product overview", async ({ page }) => {
  await page.goto("/products/B8105958");
  const actions = await page.getByRole("heading", { name: "Order or ask about this product" }).boundingBox();
  const chemical = await page.getByRole("heading", { name: "Chemical data" }).boundingBox();
  // The product's own drawing comes first; the similar compounds further down have drawings too.
  const structure = await page
    .getByRole("img", { name: /2D chemical structure/ })
    .first()
    .boundingBox();
  expect(structure!.y).toBeLessThan(actions!.y);
  expect(actions!.y).toBeLessThan(chemical!.y);
});

/** Whether Chromium tells assistive technology that the element is expanded: what a screen reader announces. */
async function announcedExpanded(page: Page, selector: string) {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { root } = await cdp.send("DOM.getDocument");
    const { nodeId } = await cdp.send("DOM.querySelector", { nodeId: root.nodeId, selector });
    const { nodes } = await cdp.send("Accessibility.getPartialAXTree", { nodeId, fetchRelatives: false });
    return nodes[0]?.properties?.find((p) => p.name === "expanded")?.value.value;
  } finally {
    await cdp.detach();
  }
}

test.describe("at 390 px", () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test("every menu item is one tap away behind a menu button that works from the keyboard", async ({ page }) => {
    await page.goto("/products/B8105958");
    const menuButton = page.locator("header summary", { hasText: "Menu" });
    const quote = page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Request a quote" });
    await expect(menuButton).toBeVisible();
    await expect(quote).toBeHidden();
    expect(await announcedExpanded(page, "header summary")).toBe(false);

    await menuButton.focus();
    await page.keyboard.press("Enter");
    expect(await announcedExpanded(page, "header summary")).toBe(true);
    const menu = page.getByRole("navigation", { name: "Main" });
    for (const label of ["Products", "Structure search", "Technical guides", "Request a quote", "Custom synthesis", "PhD support"]) {
      const link = menu.getByRole("link", { name: label });
      await expect(link).toBeInViewport({ ratio: 1 });
    }
    // Tab moves into the open menu; Escape closes it and returns to the button.
    await page.keyboard.press("Tab");
    await expect(menu.getByRole("link", { name: "Products" })).toBeFocused();
    await page.keyboard.press("Escape");
    await expect(quote).toBeHidden();
    await expect(menuButton).toBeFocused();

    // Following a link closes the menu on the next page too.
    await menuButton.click();
    await quote.click();
    await expect(page).toHaveURL(/\/quote$/);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await expect(page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Request a quote" })).toBeHidden();
  });

  test("the open menu has no serious or critical accessibility violation", async ({ page }) => {
    await page.goto("/");
    await page.locator("header summary", { hasText: "Menu" }).click();
    expect(await blockingViolations(page)).toEqual([]);
  });

  test("on /products the filters wait behind a Filters button and the first screen shows products", async ({ page }) => {
    await page.goto("/products");
    const filters = page.getByRole("button", { name: "Filters (0)" });
    await expect(filters).toHaveAttribute("aria-expanded", "false");
    await expect(page.getByRole("navigation", { name: "Target" })).toBeHidden();
    const firstProduct = page.getByRole("region", { name: "Products" }).getByRole("article").first();
    await expect(firstProduct.getByRole("heading")).toBeInViewport();

    await filters.click();
    await expect(filters).toHaveAttribute("aria-expanded", "true");
    const target = page.getByRole("navigation", { name: "Target" });
    await expect(target).toBeVisible();
    await target.getByRole("link").first().click();
    await expect(page).toHaveURL(/\/products\?target=/);
    // The chosen filter is counted on the button, and the panel is out of the way again.
    const narrowed = page.getByRole("button", { name: "Filters (1)" });
    await expect(narrowed).toHaveAttribute("aria-expanded", "false");
    await expect(page.getByRole("navigation", { name: "Target" })).toBeHidden();
    await expect(page.getByRole("list", { name: "Active filters" })).toBeVisible();
  });

  test("the product's activity table shows every value whole, without sideways scrolling", async ({ page }) => {
    await page.goto("/products/B8105958");
    const table = page.getByRole("table", { name: /Targets, mechanisms and potency/ });
    await expect(table).toBeVisible();
    expect(await table.evaluate((el) => el.getBoundingClientRect().right)).toBeLessThanOrEqual(390);
    // A cell that hides part of its text is wider inside than out.
    const clipped = await table
      .locator("td")
      .evaluateAll((cells) => cells.filter((c) => c.scrollWidth > c.clientWidth).map((c) => c.textContent));
    expect(clipped).toEqual([]);
    const value = table.getByRole("cell", { name: "5.26 nM" }).first();
    await value.scrollIntoViewIfNeeded();
    await expect(value).toBeInViewport({ ratio: 1 });
    // On one line beside its label, not broken into a column of fragments.
    expect((await value.boundingBox())!.height).toBeLessThan(40);
    // Labelled with its column's header, since the header row is out of sight.
    expect(await value.evaluate((cell) => getComputedStyle(cell, "::before").content)).toMatch(/^"Value"/);
  });
});
