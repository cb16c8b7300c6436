import type { Element } from "hast";
import { hastToReact } from "@/app/_components/hast-react";

/**
 * A product's stored RDKit drawing (/structures/<catalog number>.svg), linked to that drawing at full
 * size. Listing pages stay cheap to serve and cache: a plain <img> with its size reserved (no layout
 * shift), fetched lazily and decoded off the main thread; the page's HTML only names the file.
 */
export function StructureThumbnail({
  catalogNumber,
  name,
  width = 192,
  height = 144,
  className = "",
}: {
  catalogNumber: string;
  name: string;
  width?: number;
  height?: number;
  className?: string;
}) {
  return hastToReact(structureThumbnailElement({ catalogNumber, name, width, height, className }));
}

/** The thumbnail as a hast element: StructureThumbnail renders it, and blocks written as one HTML string (html-string.ts) include it. */
export function structureThumbnailElement({
  catalogNumber,
  name,
  width,
  height,
  className,
}: Required<Parameters<typeof StructureThumbnail>[0]>): Element {
  const src = `/structures/${catalogNumber}.svg`;
  return {
    type: "element",
    tagName: "a",
    properties: { href: src, className: ["block", "rounded", "no-underline", "hover:bg-wash", ...className.split(" ").filter(Boolean)] },
    children: [
      {
        type: "element",
        tagName: "img",
        properties: {
          src,
          alt: `2D chemical structure of ${name}`,
          width,
          height,
          loading: "lazy",
          decoding: "async",
          className: ["mx-auto", "h-auto", "max-w-full"],
        },
        children: [],
      },
      {
        type: "element",
        tagName: "span",
        properties: { className: ["sr-only"] },
        children: [{ type: "text", value: " (full-size drawing)" }],
      },
    ],
  };
}
