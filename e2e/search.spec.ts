import { expect, test } from "@playwright/test";

test("the header search suggests as you type; a suggestion is picked with the keyboard", async ({ page }) => {
  await page.goto("/");
  const box = page.getByRole("combobox", { name: "Search products and guides" });
  await box.fill("ketamne");
  const list = page.getByRole("listbox", { name: "Suggestions" });
  await expect(list.getByRole("option").first()).toContainText("Ketamine hydrochloride");
  await box.press("ArrowDown");
  await expect(box).toHaveAttribute("aria-activedescendant", /opt-0$/);
  await expect(list.getByRole("option").first()).toHaveAttribute("aria-selected", "true");
  await box.press("Enter");
  await expect(page).toHaveURL(/\/products\/B8106012$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Ketamine hydrochloride");
});

test("searching from the header finds the right product first for a catalog number, a name, a typo and a CAS number", async ({ page }) => {
  for (const [q, name] of [
    ["B8105958", "LY3020371 hydrochloride"],
    ["ly3020371", /^LY3020371/],
    ["ketamin", "Ketamine hydrochloride"],
    ["1867-66-9", "Ketamine hydrochloride"],
  ] as const) {
    await page.goto("/");
    const box = page.getByRole("combobox", { name: "Search products and guides" });
    await box.fill(q);
    await box.press("Enter");
    await expect(page).toHaveURL(new RegExp(`/search\\?q=${encodeURIComponent(q)}$`));
    const firstCard = page.getByRole("region", { name: "Products" }).getByRole("listitem").first();
    await expect(firstCard.getByRole("heading")).toHaveText(name);
  }
});

test("search results can be narrowed with the catalog facets", async ({ page }) => {
  await page.goto("/search?q=ketamine");
  const status = page.getByRole("status");
  await expect(status).toContainText("match “ketamine”");
  const facet = page.getByRole("navigation", { name: "Target" }).getByRole("link").first();
  await facet.click();
  await expect(page).toHaveURL(/\/search\?q=ketamine&target=/);
  await expect(page.getByRole("list", { name: "Active filters" })).toContainText("Search: ketamine");
});

test("a search that names a product lists the product before the guides; a topic search lists guides first", async ({ page }) => {
  const top = async (locator: ReturnType<typeof page.locator>) => (await locator.boundingBox())!.y;
  await page.goto("/search?q=B8105958");
  const products = page.getByRole("region", { name: "Products" });
  const guides = page.getByRole("heading", { name: "Technical guides" });
  await expect(products.getByRole("listitem").first().getByRole("heading")).toHaveText("LY3020371 hydrochloride");
  await expect(guides).toBeVisible();
  expect(await top(products)).toBeLessThan(await top(guides));

  await page.goto("/search?q=antidepressant");
  await expect(guides).toBeVisible();
  expect(await top(guides)).toBeLessThan(await top(page.getByRole("region", { name: "Products" })));
});
