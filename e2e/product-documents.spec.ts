// A product's documents: the generated datasheet (a PDF, parsed back), the SDS an admin uploads (refused
// when it is not a PDF, then linked on the product page and downloaded with its headers checked), and
// the plain statement when a product has no SDS.
import { expect, test } from "@playwright/test";
import { pdfText } from "../tests/pdf-text";
import { authFile } from "./staff";

const RUO = "For research use only. Not for human or veterinary use";

test("the product page links the datasheet, which is a PDF of the product", async ({ page }) => {
  await page.goto("/products/B8105958");
  const documents = page.getByRole("region", { name: "Documents" });
  const datasheet = documents.getByRole("link", { name: "Datasheet (PDF)" });
  await expect(datasheet).toHaveAttribute("href", "/products/B8105958/datasheet.pdf");
  await expect(documents.getByRole("link", { name: "Certificate of analysis, lot RD26-0412 (PDF)" })).toBeVisible();

  const response = await page.request.get((await datasheet.getAttribute("href"))!);
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toBe("application/pdf");
  expect(response.headers()["content-disposition"]).toContain('filename="Datasheet-B8105958.pdf"');
  const text = (await pdfText(await response.body())).normalize("NFKC").replace(/\s+/g, " ");
  expect(text).toContain("Cat. No. B8105958");
  expect(text).toContain("LY3020371 hydrochloride");
  expect(text).toContain("C15H16ClF2NO5S");
  expect(text).toContain(RUO);

  expect((await page.request.get("/products/NO-SUCH-1/datasheet.pdf")).status()).toBe(404);
});

test("a product without an SDS says so and offers to ask for one", async ({ page }) => {
  // Rapastinel: no test uploads an SDS for it.
  await page.goto("/products/B8106408");
  const documents = page.getByRole("region", { name: "Documents" });
  await expect(documents).toContainText("No safety data sheet on file for this product yet.");
  await expect(documents.getByRole("link", { name: "Ask us for one" })).toHaveAttribute("href", "/support?products=B8106408");
  expect((await page.request.get("/products/B8106408/sds/en.pdf")).status()).toBe(404);
});

test.describe("as an admin", () => {
  test.use({ storageState: authFile("admin") });

  test("uploads an SDS after a non-PDF is refused beside the field; the product page links it and it downloads as a PDF", async ({
    page,
  }) => {
    await page.goto("/staff/catalog/B8105958");
    const form = page.getByRole("form", { name: "Upload a safety data sheet" });
    const file = form.getByLabel("SDS file");
    await form.getByLabel("Language").selectOption("en");

    // Not named .pdf: refused in the browser, under the field.
    await file.setInputFiles({ name: "sds.docx", mimeType: "application/msword", buffer: Buffer.from("not a pdf") });
    await form.getByRole("button", { name: "Upload SDS" }).click();
    await expect(file).toHaveAttribute("aria-invalid", "true");
    await expect(file).toHaveAccessibleDescription(/Upload the safety data sheet as a PDF file/);

    // Named .pdf but not one: refused by the server, which reads the content, under the field.
    await file.setInputFiles({ name: "sds.pdf", mimeType: "application/pdf", buffer: Buffer.from("<html>a web page</html>") });
    await form.getByRole("button", { name: "Upload SDS" }).click();
    await expect(file).toHaveAccessibleDescription(/sds\.pdf is not a PDF file/);
    await expect(form.getByRole("alert")).toContainText("Not uploaded");

    // Over 10 MB: refused in the browser before anything is sent.
    const tooBig = Buffer.alloc(10 * 1024 * 1024 + 1, "%");
    await file.setInputFiles({ name: "scan.pdf", mimeType: "application/pdf", buffer: tooBig });
    await form.getByRole("button", { name: "Upload SDS" }).click();
    await expect(file).toHaveAccessibleDescription(/scan\.pdf is over 10 MB/);

    // ~600 kB, past the 200 kB every other action is held to: the proxy lets an SDS through to this page.
    const sds = Buffer.from(`%PDF-1.4\n% Safety data sheet, e2e ${Date.now()}\n${"% padding\n".repeat(60_000)}%%EOF\n`);
    await file.setInputFiles({ name: "Supplier SDS LY3020371.pdf", mimeType: "application/pdf", buffer: sds });
    await form.getByRole("button", { name: "Upload SDS" }).click();
    // Uploaded, or Replaced when an earlier run left one on the same database.
    await expect(form.getByRole("status")).toHaveText(/^(Uploaded|Replaced) the English safety data sheet\.$/);
    await expect(page.getByRole("region", { name: "Safety data sheets" })).toContainText("Supplier SDS LY3020371.pdf");

    await page.goto("/products/B8105958");
    const link = page.getByRole("region", { name: "Documents" }).getByRole("link", { name: "Safety data sheet, English (PDF)" });
    await expect(link).toHaveAttribute("href", "/products/B8105958/sds/en.pdf");

    const response = await page.request.get("/products/B8105958/sds/en.pdf");
    expect(response.status()).toBe(200);
    const headers = response.headers();
    expect(headers["content-type"]).toBe("application/pdf");
    // Our own name for it, not the uploaded one.
    expect(headers["content-disposition"]).toBe(`attachment; filename="SDS-B8105958-en.pdf"; filename*=UTF-8''SDS-B8105958-en.pdf`);
    expect(headers["x-content-type-options"]).toBe("nosniff");
    expect(headers["cache-control"]).toBe("public, max-age=300");
    expect(Buffer.from(await response.body()).equals(sds)).toBe(true);

    // A body past the SDS limit is refused by the proxy before any action reads it.
    const huge = await page.request.post("/staff/catalog/B8105958", {
      headers: { "Next-Action": "0".repeat(40), "Content-Type": "text/plain;charset=UTF-8", Origin: new URL(page.url()).origin },
      data: "x".repeat(10 * 1024 * 1024 + 300 * 1024),
    });
    expect(huge.status()).toBe(413);

    // A language with no sheet, and one we do not offer, are not found.
    expect((await page.request.get("/products/B8105958/sds/de.pdf")).status()).toBe(404);
    expect((await page.request.get("/products/B8105958/sds/xx.pdf")).status()).toBe(404);
  });
});
