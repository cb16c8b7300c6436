import { expect, test } from "@playwright/test";
import { blockingViolations } from "./axe";
import { publicPages } from "./public-pages";

// Desktop width; e2e/mobile.spec.ts runs the same check at 390 px.
for (const { name, path } of publicPages) {
  test(`the ${name} page has no serious or critical accessibility violation`, async ({ page }) => {
    await page.goto(path);
    expect(await blockingViolations(page)).toEqual([]);
  });
}
