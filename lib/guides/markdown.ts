import "server-only";
import type { Element, ElementContent, Root } from "hast";
import rehypeSanitize from "rehype-sanitize";
import rehypeSlug from "rehype-slug";
import rehypeStringify from "rehype-stringify";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import remarkRehype from "remark-rehype";
import { unified } from "unified";
import { linkCitations } from "@/lib/guides/citations";

export type TocEntry = { id: string; text: string; level: 2 | 3 };

const text = (node: ElementContent): string =>
  node.type === "text" ? node.value : node.type === "element" ? node.children.map(text).join("") : "";

// Our own additions run after sanitising (they add trusted markup): citation links become
// superscripts with an accessible name, tables get what the phone layout needs, and the headings
// are collected for the table of contents.
function decorate(toc: TocEntry[]) {
  return () => (tree: Root) => {
    const walk = (parent: Root | Element) => {
      parent.children.forEach((node, i) => {
        if (node.type !== "element") return;
        const href = node.properties?.href;
        if (node.tagName === "a" && typeof href === "string" && /^#ref-\d+$/.test(href)) {
          node.properties = { ...node.properties, "aria-label": `Reference ${href.slice(5)}`, className: ["citation"] };
          parent.children[i] = { type: "element", tagName: "sup", properties: {}, children: [node] };
          return;
        }
        if (node.tagName === "table") stackable(node);
        if ((node.tagName === "h2" || node.tagName === "h3") && typeof node.properties?.id === "string") {
          toc.push({ id: node.properties.id, text: node.children.map(text).join(""), level: node.tagName === "h2" ? 2 : 3 });
        }
        walk(node);
      });
    };
    walk(tree);
  };
}

const childElements = (node: Element | undefined, tagName: string) =>
  (node?.children ?? []).filter((child): child is Element => child.type === "element" && child.tagName === tagName);

/**
 * Prepares a table to be read on a phone, where the site's CSS (data-table-stacked) shows each row as
 * "header: value" lines: every body cell carries its column header as data-label. A blank corner
 * header becomes a data cell, since as <th> it is an empty header that screen readers announce.
 */
function stackable(table: Element) {
  const headerRow = childElements(childElements(table, "thead")[0], "tr")[0];
  const headers = childElements(headerRow, "th").map((th) => th.children.map(text).join("").trim());
  for (const th of childElements(headerRow, "th")) if (!th.children.map(text).join("").trim()) th.tagName = "td";
  for (const row of childElements(childElements(table, "tbody")[0], "tr")) {
    childElements(row, "td").forEach((cell, i) => {
      if (headers[i]) cell.properties = { ...cell.properties, dataLabel: headers[i] };
    });
  }
  table.properties = { ...table.properties, className: ["data-table-stacked"] };
}

/**
 * Guide Markdown to HTML on the server: GitHub-flavoured Markdown, sanitised with rehype-sanitize's
 * GitHub schema (no raw HTML, scripts, event handlers or javascript: URLs survive), citations
 * linked to the numbered reference list.
 */
export async function renderGuideMarkdown(markdown: string, numberOf: (key: string) => number | undefined) {
  const toc: TocEntry[] = [];
  const file = await unified()
    .use(remarkParse)
    .use(remarkGfm)
    .use(remarkRehype)
    .use(rehypeSanitize)
    .use(rehypeSlug)
    .use(decorate(toc))
    .use(rehypeStringify)
    .process(linkCitations(markdown, numberOf));
  return { html: String(file), toc };
}
