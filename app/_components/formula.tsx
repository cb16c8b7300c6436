import type { Element } from "hast";

const partsOf = (value: string) => value.split(/(\d+)/).filter(Boolean);
const isCount = (part: string) => /^\d+$/.test(part);

/** A molecular formula with subscript counts: C15H16ClF2NO5S → C₁₅H₁₆ClF₂NO₅S. */
export function Formula({ value }: { value: string }) {
  const parts = partsOf(value);
  return (
    <span className="whitespace-nowrap">
      {/* Element symbols as bare text: an element each would cost bytes on every listing, twice (HTML and RSC payload). */}
      {parts.map((part, i) => (isCount(part) ? <sub key={i}>{part}</sub> : part))}
    </span>
  );
}

/** The same markup as a hast element, for blocks written as one HTML string (html-string.ts). */
export function formulaElement(value: string): Element {
  return {
    type: "element",
    tagName: "span",
    properties: { className: ["whitespace-nowrap"] },
    children: partsOf(value).map((part) =>
      isCount(part)
        ? { type: "element", tagName: "sub", properties: {}, children: [{ type: "text", value: part }] }
        : { type: "text", value: part },
    ),
  };
}

export function formatMw(value: number) {
  return `${value.toFixed(2)} g/mol`;
}
