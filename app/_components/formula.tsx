import type { Element } from "hast";
import { hastToReact } from "@/app/_components/hast-react";

const partsOf = (value: string) => value.split(/(\d+)/).filter(Boolean);
const isCount = (part: string) => /^\d+$/.test(part);

/** A molecular formula with subscript counts: C15H16ClF2NO5S → C₁₅H₁₆ClF₂NO₅S. */
export function Formula({ value }: { value: string }) {
  return hastToReact(formulaElement(value));
}

/**
 * The formula as a hast element: Formula renders it, and blocks written as one HTML string
 * (html-string.ts) include it. Element symbols are bare text: an element each would cost bytes on every
 * listing, twice (HTML and RSC payload).
 */
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
