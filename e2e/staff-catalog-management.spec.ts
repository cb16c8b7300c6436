// Catalog management by admins: a new product, a reference linked to it, and a guide covering it,
// each shown on the cached public pages as soon as it is saved; targets; agents kept out.
import { expect, test } from "@playwright/test";
import { authFile } from "./staff";

const stamp = Date.now().toString(36).toUpperCase();

test.describe("as an admin", () => {
  test.use({ storageState: authFile("admin") });

  test("creates a product, a reference and a guide, and edits the guide; the public pages show each change at once", async ({ page }) => {
    test.setTimeout(120_000);
    const catalogNumber = `E2E${stamp}`;
    const name = `Test alkane ${stamp}`;

    // A new product goes through the same form and checks as an edit.
    await page.goto("/staff/catalog");
    await page.getByRole("link", { name: "New product" }).click();
    const productForm = page.getByRole("form", { name: "New product" });
    await productForm.getByLabel("Catalog number").fill(catalogNumber.toLowerCase());
    await productForm.getByLabel("Name").first().fill(name);
    await productForm.getByLabel("Salt form").fill("free form");
    // A chain no other product has: the import refuses a structure already in the catalog.
    await productForm.getByLabel("Structure (SMILES)").fill("C".repeat(30 + (Date.now() % 40)));
    await productForm.getByLabel("Description").fill("A saturated hydrocarbon used by the end-to-end tests.");
    await productForm.getByRole("button", { name: "Create product" }).click();
    await expect(page).toHaveURL(new RegExp(`/staff/catalog/${catalogNumber}\\?created=1$`));
    await expect(page.getByRole("status").first()).toHaveText(`Created ${catalogNumber}. Link its sources below.`);

    // The public page, now in Next's cache.
    await page.goto(`/products/${catalogNumber}`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(name);

    // A reference: a DOI already recorded (in another letter case) is refused next to the field.
    const key = `e2e-${stamp.toLowerCase()}`;
    const title = `An end-to-end study ${stamp}`;
    await page.goto("/staff/catalog/references");
    await page.getByRole("link", { name: "New reference" }).click();
    const referenceForm = page.getByRole("form", { name: "New reference" });
    await referenceForm.getByLabel("Key").fill(key);
    await referenceForm.getByLabel("Title").fill(title);
    await referenceForm.getByLabel("Authors").fill("Tester A, Checker B");
    await referenceForm.getByLabel("Year").fill("2025");
    await referenceForm.getByLabel("DOI").fill("https://doi.org/10.1124/JPET.116.238121");
    await referenceForm.getByLabel("PubMed id").fill("12ab");
    await referenceForm.getByRole("button", { name: "Add reference" }).click();
    await expect(referenceForm.getByLabel("PubMed id")).toHaveAccessibleDescription(/A PubMed id is digits only/);
    await referenceForm.getByLabel("PubMed id").fill("");
    await referenceForm.getByRole("button", { name: "Add reference" }).click();
    await expect(referenceForm.getByLabel("DOI")).toHaveAccessibleDescription(/This DOI is already recorded as witkin2017jpet/);
    await expect(referenceForm.getByLabel("Title")).toHaveValue(title);
    await referenceForm.getByLabel("DOI").fill(`10.5555/e2e.${stamp}`);
    await referenceForm.getByRole("button", { name: "Add reference" }).click();
    await expect(page).toHaveURL(new RegExp(`/staff/catalog/references/${key}\\?created=1$`));

    // Linked to the product, it shows on the product's (cached) data sheet.
    await page.goto(`/staff/catalog/${catalogNumber}`);
    const linkForm = page.getByRole("form", { name: "Link a source" });
    await linkForm.getByLabel("Reference").fill(key);
    await linkForm.getByLabel("What it supports").fill("the end-to-end test");
    await linkForm.getByRole("button", { name: "Link source" }).click();
    await expect(linkForm.getByRole("status")).toHaveText(`Linked ${key}.`);
    await expect(page.getByRole("region", { name: "Sources on the data sheet" }).getByRole("link", { name: key })).toBeVisible();

    // An activity citing it: a value needs its unit.
    const activityForm = page.getByRole("form", { name: "Add an activity" });
    await activityForm.getByLabel("Target").selectOption({ label: "AMPA receptor" });
    await activityForm.getByLabel("Mechanism").selectOption({ label: "Positive allosteric modulator" });
    await activityForm.getByLabel("Measure").selectOption("EC50");
    await activityForm.getByLabel("Value").fill("1.5");
    await activityForm.getByLabel("Source").fill(key);
    await activityForm.getByRole("button", { name: "Add activity" }).click();
    await expect(activityForm.getByLabel("Unit")).toHaveAccessibleDescription(/Choose nM or µM/);
    await activityForm.getByLabel("Unit").selectOption("µM");
    await activityForm.getByRole("button", { name: "Add activity" }).click();
    await expect(activityForm.getByRole("status")).toHaveText("Added the activity at AMPA receptor.");
    await expect(page.getByRole("region", { name: "Targets and activities" }).getByRole("row", { name: /AMPA receptor/ })).toContainText(
      "EC50 1.5 µM",
    );

    await page.goto(`/products/${catalogNumber}`);
    await expect(page.getByRole("region", { name: "References" })).toContainText(title);
    await expect(page.getByRole("region", { name: "Biological activity" }).getByRole("row", { name: /AMPA receptor/ })).toContainText(
      "1.5 µM",
    );

    // A guide covering the product and citing the reference, previewed, then published.
    const slug = `e2e-guide-${stamp.toLowerCase()}`;
    const guideTitle = `Alkanes compared ${stamp}`;
    await page.goto("/staff/guides");
    await page.getByRole("link", { name: "New guide" }).click();
    const guideForm = page.getByRole("form", { name: "New guide" });
    await guideForm.getByLabel("Address").fill(slug);
    await guideForm.getByLabel("Title").fill(guideTitle);
    await guideForm.getByLabel("Summary").fill("How long chains behave.");
    await guideForm.getByLabel("Body (Markdown)").fill(`## Overview\n\nLong chains are waxy [@${key}].\n\n<script>alert(1)</script>`);
    await guideForm.getByLabel("Product 1: catalog no.").fill(catalogNumber);
    await guideForm.getByLabel("Product 1: role in the guide").fill("Subject");
    await guideForm.getByRole("button", { name: "Preview" }).click();
    const preview = page.getByRole("region", { name: /Preview/ });
    await expect(preview.getByRole("heading", { name: "Overview" })).toBeVisible();
    await expect(preview.getByRole("link", { name: "Reference 1" })).toBeVisible();
    await expect(preview.locator("script")).toHaveCount(0);
    await guideForm.getByRole("button", { name: "Publish guide" }).click();
    await expect(page).toHaveURL(new RegExp(`/staff/guides/${slug}\\?created=1$`));

    await page.goto(`/products/${catalogNumber}`);
    await expect(page.getByRole("region", { name: "Technical guides" }).getByRole("link", { name: guideTitle })).toBeVisible();
    await page.goto(`/guides/${slug}`);
    await expect(page.getByText("How long chains behave.")).toBeVisible();
    await expect(page.getByRole("region", { name: "References" })).toContainText(title);
    // The cached guide list and home page show the new guide (and are cached again with it).
    await page.goto("/guides");
    await expect(page.getByRole("listitem").filter({ has: page.getByRole("link", { name: guideTitle }) })).toContainText(
      "How long chains behave.",
    );
    await page.goto("/");
    await expect(page.getByRole("link", { name: guideTitle })).toBeVisible();

    // Editing the guide refreshes its cached page.
    await page.goto(`/staff/guides/${slug}`);
    const editForm = page.getByRole("form", { name: `Edit ${guideTitle}` });
    const summary = `How long chains behave, revised ${stamp}.`;
    await editForm.getByLabel("Summary").fill(summary);
    await editForm.getByRole("button", { name: "Save guide" }).click();
    await expect(editForm.getByRole("status")).toHaveText(`Saved; /guides/${slug} now shows this version.`);
    await page.goto(`/guides/${slug}`);
    await expect(page.getByText(summary)).toBeVisible();
    await page.goto("/guides");
    await expect(page.getByText(summary)).toBeVisible();
    await page.goto("/");
    await expect(page.getByText(summary)).toBeVisible();

    await page.goto("/staff/audit");
    await expect(page.getByRole("cell", { name: `edited the guide “${guideTitle}”` })).toBeVisible();
    await expect(page.getByRole("cell", { name: `linked ${key} to ${catalogNumber}` })).toBeVisible();
  });

  test("adds and edits a target; a name already taken is refused next to the field", async ({ page }) => {
    const targetName = `Test receptor ${stamp}`;
    await page.goto("/staff/catalog/targets");
    const form = page.getByRole("form", { name: "New target" });
    await form.getByLabel("Slug").fill(`test-${stamp.toLowerCase()}`);
    await form.getByLabel("Name").fill("mglu2 RECEPTOR");
    await form.getByLabel("Family").fill("Test family");
    await form.getByRole("button", { name: "Add target" }).click();
    await expect(form.getByLabel("Name")).toHaveAccessibleDescription(/“mGlu2 receptor” already exists \(mglu2\)/);
    await form.getByLabel("Name").fill(targetName);
    await form.getByLabel("Gene symbol (HGNC)").fill("TST1");
    await form.getByRole("button", { name: "Add target" }).click();
    await expect(form.getByRole("status")).toHaveText(`Added ${targetName} (test-${stamp.toLowerCase()}).`);
    await expect(page.getByRole("row", { name: new RegExp(targetName) })).toContainText("TST1");

    await page.getByRole("link", { name: `Edit ${targetName}` }).click();
    const edit = page.getByRole("form", { name: `Edit ${targetName}` });
    await edit.getByLabel("Family").fill("Renamed family");
    await edit.getByRole("button", { name: "Save target" }).click();
    await expect(edit.getByRole("status")).toHaveText(`Saved ${targetName}; the pages that show it are refreshed.`);
  });
});

test.describe("as an agent", () => {
  test.use({ storageState: authFile("agent") });

  test("the catalog and guide management pages answer 403", async ({ page }) => {
    for (const path of [
      "/staff/catalog/new",
      "/staff/catalog/targets",
      "/staff/catalog/references",
      "/staff/catalog/references/new",
      "/staff/guides",
      "/staff/guides/new",
    ]) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(403);
    }
    await expect(page.getByRole("navigation", { name: "Staff" }).getByRole("link", { name: "Guides" })).toHaveCount(0);
  });
});
