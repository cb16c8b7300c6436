import { describe, expect, it } from "vitest";
import { catalogHref, parseCatalogQuery } from "@/lib/catalog/catalog-query";

describe("catalog URL state", () => {
  it("reads filters and page from the query string, ignoring junk", () => {
    expect(parseCatalogQuery({ target: "mglu3", page: "2", q: "  ketamine " })).toEqual({ q: "ketamine", target: "mglu3", page: 2 });
    expect(parseCatalogQuery({ target: "<script>", page: "-4", mechanism: ["antagonist", "agonist"] })).toEqual({
      page: 1,
      mechanism: "antagonist",
    });
  });

  it("drops control characters from the search text: PostgreSQL refuses a NUL (?q=%00 answered 500)", () => {
    expect(parseCatalogQuery({ q: "\u0000" })).toEqual({ page: 1 });
    expect(parseCatalogQuery({ q: "keta\u0000mine\u001b" }).q).toBe("ketamine");
  });

  it("writes links that reset to page 1 when a filter changes", () => {
    const query = parseCatalogQuery({ target: "mglu3", page: "3" });
    expect(catalogHref(query, { category: "mglu-receptor-ligands" })).toBe("/products?target=mglu3&category=mglu-receptor-ligands");
    expect(catalogHref(query, { page: 4 })).toBe("/products?target=mglu3&page=4");
    expect(catalogHref(query, { target: undefined })).toBe("/products");
  });
});
