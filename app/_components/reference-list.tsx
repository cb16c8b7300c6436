import type { ElementContent } from "hast";
import { element, isWebLink, text, toHtml } from "@/app/_components/html-string";
import { referenceLinks, referenceParts, type CitableReference } from "@/lib/catalog/citations";

/**
 * A numbered reference list; entry n has id `ref-n` so citation markers can link to it.
 *
 * Written as one HTML string (html-string.ts): a guide cites 20–30 sources, which as React elements would
 * take about twice the bytes in the page's RSC payload. Only http(s) links are written.
 */
export function ReferenceList({ references }: { references: CitableReference[] }) {
  const items = references.map((ref, i) => element("li", { id: `ref-${i + 1}`, className: ["scroll-mt-4"] }, referenceContent(ref)));
  return <ol className="list-decimal space-y-2 pl-6 text-sm" dangerouslySetInnerHTML={{ __html: toHtml(items) }} />;
}

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
