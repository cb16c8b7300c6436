import { expect, test } from "@playwright/test";

test("reference entries read in one punctuated style, and a data sheet cites no other vendor's product page", async ({ page }) => {
  await page.goto("/products/B8105958");
  const references = page.getByRole("region", { name: "References" });
  await expect(references).toContainText("Witkin JM, Mitchell SN, Wafford KA, et al. Comparative effects of LY3020371");
  await expect(references).toContainText("for the treatment of depression. J Pharmacol Exp Ther. 2017;361:68-86.");
  await expect(references.getByRole("listitem")).toHaveCount(3);
  for (const href of await references.getByRole("link").evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).href))) {
    expect(new URL(href).pathname, href).not.toMatch(/\/products?\//);
  }

  await page.goto("/guides/ly3020371-hydrochloride-vs-ketamine");
  // Authors. Title. Journal. Year;volume:pages. — on the guide as on the data sheet.
  await expect(page.locator("#ref-1")).toHaveText(/^[^.]+(?:et al)?\. .+\. [A-Z][\w ]+\. \d{4}(?:;\d+)?(?::[\d-]+)?\./);
});
