import { describe, expect, it } from "vitest";
import { FILTERED_PRODUCTS_PATH, listingRoute } from "@/lib/listing-routes";

const route = (url: string) => {
  const { pathname, searchParams } = new URL(url, "http://localhost");
  return listingRoute(pathname, searchParams);
};

describe("listingRoute", () => {
  it("leaves the unfiltered listings to their cached pages, whatever else the query string holds", () => {
    for (const url of ["/products", "/products?utm_source=mail", "/products?page=1", "/products?category=", "/guides", "/guides?kind=nope"])
      expect(route(url), url).toBeNull();
  });

  it("sends a filtered or later catalog page to the per-request route", () => {
    for (const url of [
      "/products?q=ketamine",
      "/products?category=ampa-receptor-modulators",
      "/products?target=mglu2&page=2",
      "/products?page=3",
    ])
      expect(route(url), url).toBe(FILTERED_PRODUCTS_PATH);
  });

  it("sends a guide kind to its own cached page", () => {
    expect(route("/guides?kind=application-note")).toBe("/guides/_kind/application-note");
    expect(route("/guides?kind=constructor")).toBeNull();
  });

  it("leaves every other address alone", () => {
    expect(route("/search?q=ketamine")).toBeNull();
    expect(route("/products/B8105958?q=x")).toBeNull();
  });
});
