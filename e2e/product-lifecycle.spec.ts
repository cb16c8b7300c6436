// Renamed and discontinued products (issue 14, item 8): an admin renames a product and its old
// address answers 301 with the new one; an admin marks a product discontinued and its page stays,
// with the notice, the replacement and the similar compounds instead of the quote button, and the
// quote form refuses it beside the field. The products are the test's own, never the demo catalog's.
import { expect, test, type Page } from "@playwright/test";
import { blockingViolations } from "./axe";
import { authFile } from "./staff";

const stamp = Date.now().toString(36).toUpperCase();
// Diethers no other product has (the import refuses a structure already in the catalog), all alike
// to a Morgan fingerprint: each is among the others' similar compounds.
const chain = () => "C".repeat(6 + Math.floor(Math.random() * 40));
const diether = () => `${chain()}O${chain()}O${chain()}`;

/** Create a product through the staff form (the import's checks) and land on its edit page. */
async function createProduct(page: Page, { catalogNumber, name, smiles }: { catalogNumber: string; name: string; smiles: string }) {
  await page.goto("/staff/catalog/new");
  const form = page.getByRole("form", { name: "New product" });
  await form.getByLabel("Catalog number").fill(catalogNumber);
  await form.getByLabel("Name").first().fill(name);
  await form.getByLabel("Salt form").fill("free form");
  await form.getByLabel("Structure (SMILES)").fill(smiles);
  await form.getByLabel("Description").fill("A diether made for the end-to-end tests.");
  await form.getByRole("button", { name: "Create product" }).click();
  await expect(page).toHaveURL(new RegExp(`/staff/catalog/${catalogNumber}\\?created=1$`), { timeout: 30_000 });
}

test.describe("as an admin", () => {
  test.use({ storageState: authFile("admin") });

  test("renames a product: the old address answers 301 with the new one, and a taken number is refused beside the field", async ({
    page,
  }) => {
    test.setTimeout(120_000);
    const [before, after] = [`E2ER${stamp}`, `E2EN${stamp}`];
    const name = `Renamed ether ${stamp}`;
    await createProduct(page, { catalogNumber: before, name, smiles: diether() });
    // Seen once under the old number: its page is in Next's cache when the rename comes.
    expect((await page.request.get(`/products/${before}`)).status()).toBe(200);

    await page.goto(`/staff/catalog/${before}`);
    const rename = page.getByRole("form", { name: `Change the catalog number of ${before}` });
    // Another product's number: refused under the field, the product unchanged.
    await rename.getByLabel("New catalog number").fill("b8105958");
    await rename.getByRole("button", { name: "Change catalog number" }).click();
    await expect(rename.getByLabel("New catalog number")).toHaveAttribute("aria-invalid", "true");
    await expect(rename.getByLabel("New catalog number")).toHaveAccessibleDescription(/B8105958 is already the catalog number of/);

    await rename.getByLabel("New catalog number").fill(after.toLowerCase());
    await rename.getByRole("button", { name: "Change catalog number" }).click();
    await expect(page).toHaveURL(new RegExp(`/staff/catalog/${after}\\?renamed=${before}$`));
    await expect(page.getByRole("status").first()).toContainText(`Renamed ${before} to ${after}`);

    for (const old of [`/products/${before}`, `/products/${before.toLowerCase()}?ref=label`]) {
      const response = await page.request.get(old, { maxRedirects: 0 });
      expect(response.status()).toBe(301);
      expect(
        new URL(response.headers()["location"]!, "http://x").pathname + new URL(response.headers()["location"]!, "http://x").search,
      ).toBe(`/products/${after}${old.includes("?") ? "?ref=label" : ""}`);
    }
    // A lot's CoA address under the old number leads to the same lot under the new one.
    const coa = await page.request.get(`/products/${before}/lots/RD26-0001/coa.pdf`, { maxRedirects: 0 });
    expect(coa.status()).toBe(301);
    expect(coa.headers()["location"]).toMatch(new RegExp(`/products/${after}/lots/RD26-0001/coa\\.pdf$`));

    await page.goto(`/products/${before}`);
    await expect(page).toHaveURL(new RegExp(`/products/${after}$`));
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(name);
  });

  test("marks a product discontinued: its page stays with the notice, replacement and similar compounds, and it cannot be quoted", async ({
    page,
  }) => {
    test.setTimeout(150_000);
    const [gone, replacement, sibling] = [`E2ED${stamp}`, `E2EP${stamp}`, `E2ES${stamp}`];
    await createProduct(page, { catalogNumber: replacement, name: `Replacement ether ${stamp}`, smiles: diether() });
    await createProduct(page, { catalogNumber: sibling, name: `Sibling ether ${stamp}`, smiles: diether() });
    await createProduct(page, { catalogNumber: gone, name: `Discontinued ether ${stamp}`, smiles: diether() });

    const status = page.getByRole("form", { name: `Sale status of ${gone}` });
    await status.getByLabel("Status").selectOption("discontinued");
    await status.getByRole("button", { name: "Save status" }).click();
    await expect(status.getByLabel("Discontinued on")).toHaveAccessibleDescription(/Enter the date it was discontinued/);
    await status.getByLabel("Discontinued on").fill("2026-03-01");
    await status.getByLabel("Reason").fill("The manufacturer stopped making it");
    await status.getByLabel("Suggested replacement").fill(replacement.toLowerCase());
    await status.getByRole("button", { name: "Save status" }).click();
    await expect(status.getByRole("status")).toHaveText(`Marked ${gone} discontinued; its page says so.`);
    expect(await blockingViolations(page)).toEqual([]);

    expect((await page.request.get(`/products/${gone}`)).status()).toBe(200);
    await page.goto(`/products/${gone}`);
    const notice = page.getByRole("region", { name: "Discontinued on 1 March 2026" });
    await expect(notice).toContainText("The manufacturer stopped making it.");
    await expect(notice.getByRole("link", { name: `Replacement ether ${stamp} (${replacement})` })).toBeVisible();
    // The closest similar compounds follow the replacement (the sibling, or earlier runs' diethers).
    await expect(notice.getByRole("listitem").nth(1)).toContainText("Tanimoto");
    const similar = page.getByRole("region", { name: "Similar compounds" });
    await expect(similar.getByRole("listitem").first()).toContainText("Tanimoto");
    await expect(similar.getByRole("link", { name: gone })).toHaveCount(0);
    await expect(page.getByRole("main").getByRole("link", { name: "Request a quote" })).toHaveCount(0);
    expect(await blockingViolations(page)).toEqual([]);
    await expect(
      page.getByRole("region", { name: "No longer available" }).getByRole("link", { name: "Request custom synthesis" }),
    ).toBeVisible();

    // Search still finds it, marked as such.
    await page.goto(`/search?q=${gone}`);
    const card = page.getByRole("article").filter({ hasText: gone });
    await expect(card.getByText("Discontinued", { exact: true })).toBeVisible();

    // The quote form refuses it beside its field, naming the replacement.
    await page.goto(`/quote?products=${gone}`);
    await page.getByLabel("Full name").fill("Dr Ana Ruiz");
    await page.getByLabel("Email").fill(`lifecycle.${stamp.toLowerCase()}@example.edu`);
    await page.getByLabel("Institution or company").fill("Example University");
    await page.getByLabel("Country").fill("Spain");
    await page.getByLabel("Research use only").check();
    await page.getByLabel("Quantity").fill("10");
    await page.getByRole("button", { name: "Send quote request" }).click();
    const field = page.getByLabel("Product 1: catalog number");
    await expect(field).toHaveAttribute("aria-invalid", "true");
    await expect(page.locator("#field-items-0-catalogNumber-error")).toHaveText(
      new RegExp(
        `${gone} was discontinued on 1 March 2026 and can no longer be quoted\\. Consider ${replacement} \\(Replacement ether ${stamp}\\) instead`,
      ),
    );
    await expect(field).toHaveValue(gone);
  });
});
