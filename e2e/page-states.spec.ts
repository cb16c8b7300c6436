// What a visitor sees around the pages themselves: the 404 page offers a search for what they typed,
// a page that waits on the database shows a busy skeleton at once, and the site has a favicon.
import { expect, test, type Page } from "@playwright/test";
import { authFile } from "./staff";

/** The address a request is for, without Next's cache-busting `_rsc` parameter. */
function hrefOf(address: string) {
  const url = new URL(address);
  url.searchParams.delete("_rsc");
  return url.pathname + url.search;
}

/**
 * Holds back the RSC response of a client navigation to `href` (not its prefetches) for a while, as a
 * slow database would: the route's loading.tsx is what shows meanwhile. Call it before opening the page
 * with the link, and await what it returns before the click: the router shows the loading state once the
 * link's route prefetch (which carries it; the segment-tree prefetch does not) has arrived.
 */
async function slowNavigationTo(page: Page, href: string) {
  const isPrefetch = (headers: Record<string, string>) => "next-router-prefetch" in headers;
  await page.route(
    (url) => hrefOf(url.href) === href,
    async (route) => {
      const headers = route.request().headers();
      if (headers["rsc"] && !isPrefetch(headers)) await new Promise((resolve) => setTimeout(resolve, 2_000));
      await route.continue();
    },
  );
  const prefetch = page.waitForResponse((response) => {
    const headers = response.request().headers();
    return hrefOf(response.url()) === href && isPrefetch(headers) && !("next-router-segment-prefetch" in headers);
  });
  // The router stores the prefetch once its body is read; the page's other prefetches settle too.
  return prefetch.then(() => page.waitForLoadState("networkidle"));
}

test("an unknown product answers 404 and offers a search for the typed catalog number, which shows a busy skeleton while it loads", async ({
  page,
}) => {
  const errors: string[] = [];
  page.on("console", (message) => message.type() === "error" && errors.push(message.text()));
  const prefetched = slowNavigationTo(page, "/search?q=B81059");
  const response = await page.goto("/products/B81059");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Product not found");
  await expect(page.getByRole("searchbox", { name: "Name, catalog number, CAS number or synonym" })).toHaveValue("B81059");
  await expect(page.getByRole("main").getByRole("link", { name: "Product catalog" })).toBeVisible();
  await expect(page.getByRole("main").getByRole("link", { name: "Technical guides" })).toBeVisible();

  await prefetched;
  await page.getByRole("link", { name: "Search for “B81059”" }).click();
  await expect(page.getByRole("status", { name: "Loading search results…" })).toHaveAttribute("aria-busy", "true");
  await expect(page).toHaveURL(/\/search\?q=B81059$/);
  await expect(page.getByRole("searchbox", { name: "Name, catalog number, CAS number or synonym" })).toHaveValue("B81059");
  await expect(page.getByRole("status", { name: "Loading search results…" })).toHaveCount(0);
  // Only the 404 document itself failed; the search form hydrated without a mismatch.
  expect(errors.filter((e) => !e.includes("404"))).toEqual([]);
});

test("an unknown guide and an unknown address both suggest a search for their last segment", async ({ page }) => {
  expect((await page.goto("/guides/hplc-method-transfer"))?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Page not found");
  await expect(page.getByRole("link", { name: "Search for “hplc method transfer”" })).toHaveAttribute(
    "href",
    "/search?q=hplc%20method%20transfer",
  );

  // An unmatched address gets the prerendered 404 page: the suggestion is filled in by the browser.
  expect((await page.goto("/catalogue/B8105958"))?.status()).toBe(404);
  await expect(page.getByRole("link", { name: "Search for “B8105958”" })).toBeVisible();
  // The header search stays on the 404 page too.
  await expect(page.getByRole("combobox", { name: "Search products and guides" })).toBeVisible();
});

test("the favicon and app icons are served, and pages name them", async ({ page, request }) => {
  const ico = await request.get("/favicon.ico");
  expect(ico.status()).toBe(200);
  expect(ico.headers()["content-type"]).toMatch(/^image\/(x-icon|vnd\.microsoft\.icon)/);
  // An ICO file: reserved 0, type 1.
  expect([...(await ico.body()).subarray(0, 4)]).toEqual([0, 0, 1, 0]);

  await page.goto("/");
  const icons = await page
    .locator('head link[rel="icon"], head link[rel="apple-touch-icon"]')
    .evaluateAll((links) => links.map((l) => l.getAttribute("href")!));
  expect(icons.some((href) => href.startsWith("/favicon.ico"))).toBe(true);
  for (const [path, type] of [
    ["/icon.svg", "image/svg+xml"],
    ["/apple-icon.png", "image/png"],
  ] as const) {
    const href = icons.find((h) => h.startsWith(path));
    expect(href, path).toBeTruthy();
    const icon = await request.get(href!);
    expect(icon.status(), path).toBe(200);
    expect(icon.headers()["content-type"], path).toContain(type);
  }
});

test.describe("signed in as an agent", () => {
  test.use({ storageState: authFile("agent") });

  test("the inbox shows a busy skeleton while its inquiries load", async ({ page }) => {
    const prefetched = slowNavigationTo(page, "/staff/inquiries");
    await page.goto("/staff");
    await prefetched;
    await page.getByRole("navigation", { name: "Staff" }).getByRole("link", { name: "Inbox" }).click();
    await expect(page.getByRole("status", { name: "Loading inquiries…" })).toHaveAttribute("aria-busy", "true");
    await expect(page.getByRole("heading", { level: 1, name: "Inbox" })).toBeVisible();
    await expect(page.getByRole("status", { name: "Loading inquiries…" })).toHaveCount(0);
  });
});
