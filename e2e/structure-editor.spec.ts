import { expect, test, type Page } from "@playwright/test";

// Reads only the demo catalog the server seeds at start-up; nothing is written, so no fixtures.

/** Every URL the page (and its frames and workers) fetches, with the bytes that came over the wire. */
function recordRequests(page: Page) {
  const seen: { url: string; bytes: number }[] = [];
  page.on("requestfinished", async (request) => {
    const sizes = await request.sizes().catch(() => undefined);
    seen.push({ url: request.url(), bytes: sizes ? sizes.responseBodySize + sizes.responseHeadersSize : 0 });
  });
  return seen;
}

test("a chemist draws benzene in the editor, uses it as the query and gets the hits", async ({ page, baseURL }) => {
  test.setTimeout(90_000);
  const requests = recordRequests(page);
  await page.goto("/search/structure");
  const form = page.getByRole("search", { name: "Structure search" });
  const query = form.getByLabel("Query structure (SMILES)");
  const draw = form.getByRole("button", { name: "Draw structure" });
  await page.waitForLoadState("networkidle");
  // The editor costs the page nothing until it is opened.
  expect(requests.filter((r) => r.url.includes("/ketcher/"))).toEqual([]);
  const before = requests.length;

  await draw.click();
  const dialog = page.getByRole("dialog", { name: "Draw a structure" });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole("status")).toContainText("then choose Use structure", { timeout: 60_000 });
  // Escape closes it, and focus goes back to the button that opened it.
  await page.keyboard.press("Escape");
  await expect(dialog).toBeHidden();
  await expect(draw).toBeFocused();
  await draw.click();
  await expect(dialog).toBeVisible();

  // Ketcher's own toolbar: the benzene template, then a click on the canvas places the ring.
  const frame = page.frameLocator('iframe[title="Structure editor (Ketcher)"]');
  await frame.getByTitle("Benzene (T)").click();
  const box = (await dialog.locator("iframe").boundingBox())!;
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
  await dialog.getByRole("button", { name: "Use structure" }).click();

  await expect(dialog).toBeHidden();
  await expect(query).toHaveValue("c1ccccc1");
  await expect(form.getByRole("img", { name: "Query structure drawn from the SMILES c1ccccc1" })).toBeVisible();
  await form.getByRole("button", { name: "Search" }).click();

  await expect(page).toHaveURL(/[?&]smiles=c1ccccc1(&|$)/);
  const results = page.getByRole("region", { name: "Contain this substructure" });
  await expect(results.getByRole("status")).toContainText(/\d+ compounds? contains? c1ccccc1/);
  await expect(results.getByRole("link", { name: "Ketamine hydrochloride", exact: true })).toBeVisible();

  // Offline: the editor, its worker and its WebAssembly all came from this server.
  expect(requests.filter((r) => !r.url.startsWith(baseURL!) && !/^(data|blob):/.test(r.url))).toEqual([]);
  const editorBytes = requests
    .slice(before)
    .filter((r) => r.url.includes("/ketcher/"))
    .reduce((sum, r) => sum + r.bytes, 0);
  test.info().annotations.push({ type: "editor bytes", description: String(editorBytes) });
});

// A molfile of chlorobenzene as a drawing program saves it (V2000, Kekulé ring).
const CHLOROBENZENE_MOL = `chlorobenzene
  Example 2D

  7  7  0  0  0  0  0  0  0  0999 V2000
    1.0000    0.0000    0.0000 C   0  0  0  0  0  0  0  0  0  0  0  0
    0.5000    0.8660    0.0000 C   0  0  0  0  0  0  0  0  0  0  0  0
   -0.5000    0.8660    0.0000 C   0  0  0  0  0  0  0  0  0  0  0  0
   -1.0000    0.0000    0.0000 C   0  0  0  0  0  0  0  0  0  0  0  0
   -0.5000   -0.8660    0.0000 C   0  0  0  0  0  0  0  0  0  0  0  0
    0.5000   -0.8660    0.0000 C   0  0  0  0  0  0  0  0  0  0  0  0
    2.0000    0.0000    0.0000 Cl  0  0  0  0  0  0  0  0  0  0  0  0
  1  2  2  0
  2  3  1  0
  3  4  2  0
  4  5  1  0
  5  6  2  0
  6  1  1  0
  1  7  1  0
M  END
`;

test("a molfile uploaded on the custom-synthesis form becomes its SMILES; a file that is not one is refused next to the field", async ({
  page,
}) => {
  await page.goto("/custom-synthesis");
  await page.getByText("Molfile or SDF").click();
  const file = page.getByLabel("Structure file");

  await file.setInputFiles({ name: "notes.sdf", mimeType: "chemical/x-mdl-sdfile", buffer: Buffer.from("just some text\n$$$$\n") });
  await expect(page.getByRole("alert").filter({ hasText: 'no "M  END" line' })).toBeVisible();
  await expect(file).toHaveAttribute("aria-invalid", "true");

  await file.setInputFiles({
    name: "chlorobenzene.sdf",
    mimeType: "chemical/x-mdl-sdfile",
    buffer: Buffer.from(`${CHLOROBENZENE_MOL}> <ID>\nX-1\n\n$$$$\n`),
  });
  await expect(page.getByLabel("SMILES")).toHaveValue("Clc1ccccc1");
  await expect(page.getByRole("img", { name: "Structure drawn from the SMILES Clc1ccccc1" })).toBeVisible();
  await expect(page.getByText("C6H5Cl · 112.56 g/mol")).toBeVisible();
  await expect(file).not.toHaveAttribute("aria-invalid", "true");
});
