import { describe, expect, it } from "vitest";
import { renderGuideMarkdown } from "@/lib/guides/markdown";

describe("renderGuideMarkdown", () => {
  it("renders headings into a table of contents and citations into superscript links", async () => {
    const { html, toc } = await renderGuideMarkdown("## Mechanism\n\nBlocks the channel [@wong1986].\n\n### In vivo\n\nText.", (key) =>
      key === "wong1986" ? 1 : undefined,
    );
    expect(toc).toEqual([
      { id: "mechanism", text: "Mechanism", level: 2 },
      { id: "in-vivo", text: "In vivo", level: 3 },
    ]);
    expect(html).toContain('<h2 id="mechanism">Mechanism</h2>');
    expect(html).toContain('<sup><a href="#ref-1" aria-label="Reference 1" class="citation">[1]</a></sup>');
  });

  it("renders GFM tables", async () => {
    const { html } = await renderGuideMarkdown("| a | b |\n|---|---|\n| 1 | 2 |", () => undefined);
    expect(html).toContain('<table class="data-table-stacked">');
    expect(html).toContain('<td data-label="a">1</td>');
  });

  it("labels each table cell with its column header for phones, and leaves no empty header", async () => {
    const { html } = await renderGuideMarkdown("| | LY3020371 | Ketamine |\n|---|---|---|\n| Target | mGlu2/3 | NMDA |", () => undefined);
    expect(html).toContain('<table class="data-table-stacked">');
    expect(html).toContain("<thead>\n<tr>\n<td></td>\n<th>LY3020371</th>");
    expect(html).not.toMatch(/<th>\s*<\/th>/);
    // The row's own heading cell (blank column header) has no label; the others name their column.
    expect(html).toContain('<td>Target</td>\n<td data-label="LY3020371">mGlu2/3</td>\n<td data-label="Ketamine">NMDA</td>');
  });

  it("leaves scripts, event handlers and javascript: links inert", async () => {
    const markdown = [
      "<script>alert(1)</script>",
      '<img src="x" onerror="alert(2)">',
      "[click](javascript:alert(3))",
      '<a href="#" onclick="alert(4)">x</a>',
      '<iframe src="https://evil.example"></iframe>',
    ].join("\n\n");
    const { html } = await renderGuideMarkdown(markdown, () => undefined);
    expect(html).not.toMatch(/<script|onerror|onclick|javascript:|<iframe/i);
    expect(html).toContain("click"); // the link text survives, without its href
  });
});
