// Lots and certificates of analysis: the product page's current lot with its results by method, the
// CoA PDF it links to (parsed back), finding a CoA by lot number, and an admin adding a lot.
import { readFile } from "node:fs/promises";
import { expect, test } from "@playwright/test";
import { pdfText } from "../tests/pdf-text";
import { authFile } from "./staff";

test("the product page shows the current lot, its CoA downloads as a PDF, and a CoA is found by lot number", async ({ page }) => {
  await page.goto("/products/B8105958");
  const lot = page.getByRole("region", { name: "Current lot RD26-0412" });
  await expect(lot.getByRole("note")).toContainText("Demo lot — illustrative data");
  const results = lot.getByRole("table", { name: /Analytical results of lot RD26-0412/ });
  await expect(results.getByRole("row", { name: /Purity/ })).toContainText("HPLC, area % at 220 nm99.2 %");
  await expect(results.getByRole("row", { name: /LC-MS/ })).toContainText("m/z found 360.0716");
  // The older demo lot RD23-0117 is past its retest date: it is not the one shown.
  await expect(page.getByText("RD23-0117")).toHaveCount(0);

  const [download] = await Promise.all([
    page.waitForEvent("download"),
    lot.getByRole("link", { name: "Certificate of analysis, lot RD26-0412 (PDF)" }).click(),
  ]);
  expect(download.suggestedFilename()).toBe("CoA-B8105958-RD26-0412.pdf");
  const text = (await pdfText(await readFile((await download.path())!))).normalize("NFKC").replace(/\s+/g, " ");
  expect(text).toContain("Lot RD26-0412");
  expect(text).toContain("99.2 %");
  // C15H15F2NO5S (the free acid: the salt's ion) 359.0639 + H+ 1.007276.
  expect(text).toContain("m/z calculated 360.0712");

  await page.goto("/coa");
  // By role: the form's own name, "Find a CoA by lot number", would match the label too.
  const lotField = page.getByRole("textbox", { name: "Lot number" });
  await lotField.fill("rd23-0117");
  await page.getByRole("button", { name: "Find the CoA" }).click();
  await expect(page.getByRole("heading", { name: "Lot RD23-0117" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Download the CoA of lot RD23-0117 (PDF)" })).toHaveAttribute(
    "href",
    "/products/B8105958/lots/RD23-0117/coa.pdf",
  );

  await lotField.fill("RD99-9999");
  await page.getByRole("button", { name: "Find the CoA" }).click();
  await expect(page.getByRole("region", { name: "No certificate found" }).getByRole("status")).toContainText(
    "We have no lot numbered RD99-9999",
  );
  await expect(lotField).toHaveValue("RD99-9999");

  // Not a lot number at all: said under the field, and what was typed stays.
  await lotField.fill("lot 7/b");
  await page.getByRole("button", { name: "Find the CoA" }).click();
  await expect(lotField).toHaveAttribute("aria-invalid", "true");
  await expect(lotField).toHaveAccessibleDescription(/Enter the lot number as on the label/);
  await expect(lotField).toHaveValue("lot 7/b");

  expect((await page.request.get("/products/B8105958/lots/RD99-9999/coa.pdf")).status()).toBe(404);
});

test.describe("as an admin", () => {
  test.use({ storageState: authFile("admin") });

  test("adds a lot, is told under the field when its m/z is of the salt, and the lot's CoA is then found", async ({ page }) => {
    const lotNumber = `E2E-${Date.now().toString(36).toUpperCase()}`;
    await page.goto("/staff/catalog/B8106407");
    const form = page.getByRole("form", { name: "Add a lot" });
    await form.getByLabel("Lot number").fill(lotNumber);
    // Made before the seeded lot, so the public page's current lot stays the same for other tests.
    await form.getByLabel("Manufactured").fill("2025-01-15");
    await form.getByLabel("Retest or expiry date").fill("2027-01-14");
    await form.getByLabel("Quantity available").fill("50");
    await form.getByLabel("Appearance").fill("Off-white solid");
    await form.getByLabel("HPLC purity (area %)").fill("98.1");
    await form.getByLabel("HPLC wavelength (nm)").fill("254");
    // CX-516 C14H15N3O 241.1215 + H+ = 242.1288; 252.2 cannot be its [M+H]+.
    await form.getByLabel("LC-MS ion").selectOption("[M+H]+");
    await form.getByLabel("m/z found").fill("252.2");
    await form.getByRole("button", { name: "Add lot" }).click();
    // The first save computes the parent species in an RDKit worker, which the server starts on first use.
    await expect(form.getByLabel("m/z found")).toHaveAttribute("aria-invalid", "true", { timeout: 30_000 });
    await expect(form.getByLabel("m/z found")).toHaveAccessibleDescription(/calculated 242\.1288/);
    await expect(form.getByLabel("Lot number")).toHaveValue(lotNumber);

    await form.getByLabel("m/z found").fill("242.1290");
    await form.getByRole("button", { name: "Add lot" }).click();
    await expect(form.getByRole("status")).toHaveText(`Added lot ${lotNumber}.`, { timeout: 15_000 });

    await page.goto(`/coa?lot=${lotNumber}`);
    await expect(page.getByRole("link", { name: `Download the CoA of lot ${lotNumber} (PDF)` })).toBeVisible();
    const pdf = await page.request.get(`/products/B8106407/lots/${lotNumber}/coa.pdf`);
    expect(pdf.headers()["content-type"]).toBe("application/pdf");
    const text = (await pdfText(await pdf.body())).normalize("NFKC").replace(/\s+/g, " ");
    expect(text).toContain(`Lot ${lotNumber}`);
    expect(text).toContain("98.1 %");
    expect(text).toContain("m/z calculated 242.1288");
    expect(text).not.toContain("DEMO LOT");
  });
});
