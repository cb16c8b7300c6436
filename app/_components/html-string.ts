import type { Element, ElementContent, Properties, Text } from "hast";
import rehypeStringify from "rehype-stringify";
import { unified } from "unified";

// Long server-rendered blocks (a reference list, a comparison table) are written as one HTML string: a
// server component's elements reach the browser twice, as HTML and again as React's JSON in the page's
// RSC payload, where each element costs its tag, props and escaped quotes. As a string a block takes
// about half as many bytes in the payload. rehype-stringify escapes every text and attribute value.

export const element = (tagName: string, properties: Properties, children: ElementContent[]): Element => ({
  type: "element",
  tagName,
  properties,
  children,
});

export const text = (value: string): Text => ({ type: "text", value });

export function toHtml(nodes: ElementContent[]): string {
  return unified().use(rehypeStringify).stringify({ type: "root", children: nodes });
}

/** Links written into an HTML string: only http(s) (React would refuse a javascript: URL; a string cannot). */
export const isWebLink = (href: string) => URL.canParse(href) && ["https:", "http:"].includes(new URL(href).protocol);
