import type { Element, ElementContent, Properties, Text } from "hast";
import rehypeStringify from "rehype-stringify";
import { unified } from "unified";
import { referenceLinks, referenceParts, type CitableReference } from "@/lib/catalog/citations";

/**
 * A numbered reference list; entry n has id `ref-n` so citation markers can link to it.
 *
 * Written as one HTML string: a server component's elements reach the browser twice, as HTML and again
 * as React's JSON in the page's RSC payload, where each element costs its tag, props and escaped
 * quotes. A guide cites 20–30 sources; as a string the list takes about half as many bytes in the
 * payload. rehype-stringify escapes every text and attribute; only http(s) links are written.
 */
export function ReferenceList({ references }: { references: CitableReference[] }) {
  const items = references.map((ref, i) => element("li", { id: `ref-${i + 1}`, className: ["scroll-mt-4"] }, referenceContent(ref)));
  const html = unified().use(rehypeStringify).stringify({ type: "root", children: items });
  return <ol className="list-decimal space-y-2 pl-6 text-sm" dangerouslySetInnerHTML={{ __html: html }} />;
}

const element = (tagName: string, properties: Properties, children: ElementContent[]): Element => ({
  type: "element",
  tagName,
  properties,
  children,
});
const text = (value: string): Text => ({ type: "text", value });
const isWebLink = (href: string) => URL.canParse(href) && ["https:", "http:"].includes(new URL(href).protocol);

/** Authors, title, journal and publication details, punctuated by referenceParts' one style; then the links. */
function referenceContent(reference: CitableReference): ElementContent[] {
  const { authors, title, journal, publication } = referenceParts(reference);
  return [
    ...(authors ? [element("span", {}, [text(`${authors} `)])] : []),
    element("span", { className: ["font-medium"] }, [text(title)]),
    ...(journal ? [text(" "), element("i", {}, [text(journal)])] : []),
    ...(publication ? [text(` ${publication}`)] : []),
    ...referenceLinks(reference)
      .filter((link) => isWebLink(link.href))
      .map((link) =>
        element("a", { href: link.href, className: ["ml-2", "wrap-anywhere"], rel: ["noopener", "noreferrer"], target: "_blank" }, [
          text(link.label),
          element("span", { className: ["sr-only"] }, [text(" (opens in a new tab)")]),
        ]),
      ),
  ];
}

export function CitationMarker({ n }: { n: number }) {
  return (
    <sup>
      <a href={`#ref-${n}`} aria-label={`Reference ${n}`} className="no-underline">
        [{n}]
      </a>
    </sup>
  );
}
