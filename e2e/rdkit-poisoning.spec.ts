import { expect, test } from "@playwright/test";

// 990 chained carbons overflow RDKit's WebAssembly stack. Before the size bounds and the RDKit worker
// threads, one such request left the server's single RDKit module broken: previews answered 500 and
// benzene was "unreadable" for every visitor until a restart. Reads only the seeded demo catalog.
const POISON = "C".repeat(990);
const REFUSAL = "This structure has 990 heavy atoms; structures of up to 150 can be drawn and searched here";

test("the 990-carbon SMILES is refused with a specific message, and benzene is still drawn and found afterwards", async ({
  page,
  request,
}) => {
  for (const mode of ["substructure", "similarity"]) {
    const response = await request.get(`/search/structure?${new URLSearchParams({ smiles: POISON, mode })}`);
    expect(response.status()).toBe(200);
    expect(await response.text()).toContain(REFUSAL);
  }

  // The public custom-synthesis form: the live drawing explains the refusal, and so does the form on submit.
  await page.goto("/custom-synthesis");
  const smiles = page.getByLabel("SMILES");
  await smiles.fill(POISON);
  await expect(page.getByText(REFUSAL)).toBeVisible();
  await page.getByRole("button", { name: "Send synthesis request" }).click();
  await expect(page.locator("#field-smiles-error")).toContainText(REFUSAL);
  await expect(smiles).toHaveValue(POISON);

  await smiles.fill("c1ccccc1");
  await expect(page.getByRole("img", { name: "Structure drawn from the SMILES c1ccccc1" })).toBeVisible();
  await expect(page.getByText("C6H6 · 78.11 g/mol")).toBeVisible();

  // The structure search page shows the refusal next to the field, keeps what was typed, and still
  // finds the benzene-containing compounds of the catalog.
  await page.goto(`/search/structure?${new URLSearchParams({ smiles: POISON, mode: "substructure" })}`);
  const query = page.getByRole("search", { name: "Structure search" }).getByLabel("Query structure (SMILES)");
  await expect(query).toHaveAccessibleDescription(new RegExp(REFUSAL));
  await expect(query).toHaveValue(POISON);

  await page.goto(`/search/structure?${new URLSearchParams({ smiles: "c1ccccc1", mode: "substructure" })}`);
  const results = page.getByRole("region", { name: "Contain this substructure" });
  await expect(results.getByRole("status")).toContainText(/\d+ compounds contain/);
  await expect(results.getByRole("link", { name: "Ketamine hydrochloride", exact: true })).toBeVisible();
});
