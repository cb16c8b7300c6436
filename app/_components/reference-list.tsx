import type { ElementContent } from "hast";
import { element, isWebLink, text, toHtml } from "@/app/_components/html-string";
import { StaticHtml } from "@/app/_components/static-html";
import { referenceLinks, referenceParts, type CitableReference } from "@/lib/catalog/citations";

/**
 * A numbered reference list; entry n has id `ref-n` so citation markers can link to it.
 *
 * Written as one HTML string (html-string.ts) and sent once, in the page's HTML (static-html.tsx): a guide
 * cites 20–30 sources. Only http(s) links are written. `src`: the page's path. The entries and links are
 * styled from the list's class (globals.css, .reference-list), not a class on each of them.
 */
export function ReferenceList({ references, src }: { references: CitableReference[]; src: string }) {
  const items = references.map((ref, i) => element("li", { id: `ref-${i + 1}` }, referenceContent(ref)));
  return (
    <StaticHtml name="references" src={src} as="ol" className="reference-list list-decimal space-y-2 pl-6 text-sm" html={toHtml(items)} />
  );
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
        element("a", { href: link.href, rel: ["noopener", "noreferrer"], target: "_blank" }, [
          text(link.label),
          element("span", { className: ["sr-only"] }, [text(" (opens in a new tab)")]),
        ]),
      ),
  ];
}
