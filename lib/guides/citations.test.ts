import { describe, expect, it } from "vitest";
import { citationOrder, linkCitations } from "@/lib/guides/citations";

const body = "Ketamine acts fast [@berman2000; @zarate2006]. So may LY3020371 [@witkin2017jpet], as before [@berman2000].";

describe("guide citations", () => {
  it("numbers sources by first citation, each once", () => {
    expect(citationOrder(body)).toEqual(["berman2000", "zarate2006", "witkin2017jpet"]);
  });

  it("links each citation to its numbered entry and marks unknown keys visibly", () => {
    const numbers = new Map(citationOrder(body).map((key, i) => [key, i + 1]));
    const linked = linkCitations(body, (key) => numbers.get(key));
    expect(linked).toBe(
      "Ketamine acts fast [\\[1\\]](#ref-1)[\\[2\\]](#ref-2). So may LY3020371 [\\[3\\]](#ref-3), as before [\\[1\\]](#ref-1).",
    );
    expect(linkCitations("A claim [@nobody2020].", () => undefined)).toBe("A claim \\[?\\].");
  });
});
