import type { ElementContent } from "hast";
import { createElement, type ReactNode } from "react";

/**
 * Markup written once as a hast element (for the HTML strings of html-string.ts), rendered as React
 * elements where a page uses it as a component. No dependency beyond React: client components use it.
 */
export function hastToReact(node: ElementContent): ReactNode {
  if (node.type === "text") return node.value;
  if (node.type !== "element") return null;
  const { className, ...properties } = node.properties;
  const props = Array.isArray(className) ? { ...properties, className: className.join(" ") } : properties;
  return createElement(node.tagName, props, ...node.children.map(hastToReact));
}
