// One address for each public page template, for the checks that must hold on all of them
// (accessibility, phone layout). Reads only the demo catalog the server seeds at start-up.
export const publicPages = [
  { name: "home", path: "/" },
  { name: "catalog", path: "/products" },
  { name: "product", path: "/products/B8105958" },
  // Ketamine hydrochloride: the "Controlled substance" panel.
  { name: "controlled product", path: "/products/B8106012" },
  { name: "guide list", path: "/guides" },
  { name: "guide", path: "/guides/ly3020371-hydrochloride-vs-ketamine" },
  { name: "search results", path: "/search?q=ketamine" },
  // LY3020371's amino-acid core: a search with hits, so the result cards are checked too.
  {
    name: "structure search",
    path: `/search/structure?${new URLSearchParams({ smiles: "NC1(C(=O)O)CCC2C(C(=O)O)C21", mode: "substructure" })}`,
  },
  // Ketamine's core: hits with the controlled badge.
  {
    name: "structure search with controlled hits",
    path: `/search/structure?${new URLSearchParams({ smiles: "CNC1(CCCCC1=O)c1ccccc1Cl", mode: "substructure" })}`,
  },
  // Looked up from a catalog number, so the product's MW, salt form and cited solubility are on the page.
  { name: "calculators", path: "/tools/calculators?q=B8106012" },
  { name: "find a CoA", path: "/coa?lot=RD26-0412" },
  { name: "quote form", path: "/quote" },
  // With a controlled product named: the licence fields.
  { name: "quote form for a controlled product", path: "/quote?products=B8106012" },
  { name: "custom synthesis form", path: "/custom-synthesis" },
  { name: "support form", path: "/support" },
  // The retention table, its periods read from the cleanup's settings.
  { name: "privacy notice", path: "/privacy" },
  { name: "sign-in", path: "/sign-in" },
] as const;
