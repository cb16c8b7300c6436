import { expect, test, type Locator } from "@playwright/test";

// Reads only the demo catalog the server seeds at start-up; nothing is written, so no fixtures.

/** The drawing has loaded, is at least `minWidth` px wide on screen, and links to its full-size SVG. */
async function expectThumbnail(image: Locator, catalogNumber: string, minWidth: number) {
  await image.scrollIntoViewIfNeeded(); // lazy: fetched once near the viewport
  await expect.poll(() => image.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
  expect((await image.boundingBox())!.width).toBeGreaterThanOrEqual(minWidth);
  await expect(image.locator("xpath=ancestor::a[1]")).toHaveAttribute("href", `/structures/${catalogNumber}.svg`);
}

for (const { page: where, path } of [
  { page: "home page's featured products", path: "/" },
  { page: "catalog", path: "/products" },
  { page: "search results", path: "/search?q=LY3020371" },
]) {
  test(`the ${where} show each product's structure, linked to the full drawing`, async ({ page }) => {
    await page.goto(path);
    const cards = where.startsWith("home")
      ? page.getByRole("region", { name: "Featured products" }).getByRole("article")
      : page.getByRole("region", { name: "Products" }).getByRole("article");
    await expect(cards.first()).toBeVisible();
    for (const card of await cards.all()) {
      const name = await card.getByRole("heading").innerText();
      const catalogNumber = (await card.getByRole("heading").getByRole("link").getAttribute("href"))!.split("/").pop()!;
      await expectThumbnail(card.getByRole("img", { name: `2D chemical structure of ${name}` }), catalogNumber, 120);
    }
  });
}

test("a guide's comparison table draws each structure at least 160 px wide, and it opens the full drawing", async ({ page }) => {
  await page.goto("/guides/ly3020371-hydrochloride-vs-ketamine");
  const table = page.getByRole("region", { name: "Side-by-side comparison" }).getByRole("table");
  const image = table.getByRole("img", { name: "2D chemical structure of LY3020371 hydrochloride" });
  await expectThumbnail(image, "B8105958", 160);
  await expectThumbnail(table.getByRole("img", { name: "2D chemical structure of Ketamine hydrochloride" }), "B8106012", 160);

  await image.click();
  await expect(page).toHaveURL(/\/structures\/B8105958\.svg$/);
  expect(await page.evaluate(() => document.contentType)).toBe("image/svg+xml");
});

test("structure search hits draw each structure at least 160 px wide, linked to the full drawing", async ({ page }) => {
  await page.goto(`/search/structure?${new URLSearchParams({ smiles: "NC1(C(=O)O)CCC2C(C(=O)O)C21", mode: "substructure" })}`);
  const results = page.getByRole("region", { name: "Contain this substructure" });
  const image = results.getByRole("img", { name: "2D chemical structure of LY3020371 hydrochloride" });
  await expectThumbnail(image, "B8105958", 160);
  // The drawing, not the card's product link, takes the click.
  await image.click();
  await expect(page).toHaveURL(/\/structures\/B8105958\.svg$/);
});
