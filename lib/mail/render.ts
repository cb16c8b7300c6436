// No "server-only" marker: the outbox worker renders at send time, started from instrumentation.ts.
import { render, toPlainText } from "@react-email/components";
import type { ReactElement } from "react";
import { SUMMARY_TABLE_ATTRIBUTE } from "@/emails/components/email-layout";

// The parts of html-to-text's DOM nodes and text builder this renderer uses (its types are not installed).
type DomNode = { type: string; name?: string; data?: string; children?: DomNode[] };
type TextBuilder = {
  openBlock(options: { leadingLineBreaks: number }): void;
  addLiteral(text: string): void;
  closeBlock(options: { trailingLineBreaks: number }): void;
};

const textOf = (node: DomNode): string => (node.type === "text" ? (node.data ?? "") : (node.children ?? []).map(textOf).join(""));
const elementsNamed = (node: DomNode, name: string): DomNode[] =>
  (node.children ?? []).flatMap((child) =>
    child.name === name ? [child] : child.type === "tag" && child.name !== "table" ? elementsNamed(child, name) : [],
  );

/**
 * A summary table as "Label: value" lines. html-to-text would otherwise run the cells together
 * ("NameDr Jane ResearcherEmailjane@…"). A value's own line breaks are kept, its later lines
 * indented under the label.
 */
function formatSummaryTable(element: DomNode, _walk: unknown, builder: TextBuilder) {
  builder.openBlock({ leadingLineBreaks: 2 });
  const lines = elementsNamed(element, "tr").map((row) => {
    const [label = "", value = ""] = elementsNamed(row, "td").map((cell) => textOf(cell).trim());
    const [first = "", ...rest] = value.split(/\r?\n/);
    return [`${label}: ${first}`, ...rest.map((line) => (line.trim() ? `  ${line}` : ""))].join("\n");
  });
  builder.addLiteral(lines.join("\n"));
  builder.closeBlock({ trailingLineBreaks: 2 });
}

const plainTextOptions = {
  formatters: { summaryTable: formatSummaryTable },
  selectors: [{ selector: `table[${SUMMARY_TABLE_ATTRIBUTE}]`, format: "summaryTable" }],
};

/**
 * HTML and plain-text parts of a React Email template. React escapes every interpolated value. The
 * element is rendered once: the text part is converted from that HTML, as render(…, { plainText })
 * would do after rendering it a second time.
 */
export async function renderEmail(element: ReactElement) {
  const html = await render(element);
  return { html, text: toPlainText(html, plainTextOptions) };
}
