import type { Element } from "hast";
import type { ProductSummary } from "@/lib/catalog/products";
import { controlBadgeText } from "@/lib/catalog/control-labels";
import { formatMw, formulaElement } from "@/app/_components/formula";
import { element, text, toHtml } from "@/app/_components/html-string";
import { StaticHtml } from "@/app/_components/static-html";
import { structureThumbnailElement } from "@/app/_components/structure-thumbnail";

function uniqueActions(product: ProductSummary) {
  return [...new Set(product.activities.map((a) => `${a.target.name} ${a.mechanism.name.toLowerCase()}`))];
}

/**
 * A grid of product cards, written as one HTML string (html-string.ts): a card as React elements took
 * ~1.8 kB of the page's RSC payload. On a cached page (`src`, its path) the list is sent once, in the
 * HTML (static-html.tsx); on a page rendered per request it also travels in the payload.
 */
export function ProductCards({ products, className, src }: { products: ProductSummary[]; className: string; src?: string }) {
  const items = products.map((product) => element("li", {}, [productCard(product)]));
  return <StaticHtml name="products" src={src} as="ul" className={className} html={toHtml(items)} />;
}

function productCard(product: ProductSummary): Element {
  const muted = (value: string) => element("span", { className: ["identifier", "text-ink"] }, [text(value)]);
  return element("article", { className: ["card", "flex", "h-full", "flex-col", "p-4"] }, [
    structureThumbnailElement({ catalogNumber: product.catalogNumber, name: product.name, width: 192, height: 144, className: "mb-3" }),
    element("h3", { className: ["text-base", "font-semibold"] }, [
      element("a", { href: `/products/${product.catalogNumber}`, className: ["no-underline", "hover:underline"] }, [text(product.name)]),
    ]),
    element("p", { className: ["mt-1", "text-sm", "text-ink-muted"] }, [
      text("Cat. No. "),
      muted(product.catalogNumber),
      ...(product.casNumber ? [text(" · CAS "), muted(product.casNumber)] : []),
    ]),
    element("p", { className: ["mt-2", "text-sm"] }, [formulaElement(product.formula), text(` · ${formatMw(product.molecularWeight)}`)]),
    // ControlledBadge's markup (controlled-status.tsx).
    ...(product.controls.length
      ? [
          element(
            "p",
            {
              className: "mt-2 inline-block rounded border border-warn bg-warn-wash px-2 py-0.5 text-xs font-semibold text-warn".split(" "),
            },
            [text(`Controlled: ${controlBadgeText(product.controls)}`)],
          ),
        ]
      : []),
    ...(product.discontinuedOn
      ? [
          element("p", { className: ["mt-2"] }, [
            element("span", { className: ["tag", "bg-warn-wash", "text-warn"] }, [text("Discontinued")]),
          ]),
        ]
      : []),
    element(
      "ul",
      { className: ["mt-3", "flex", "flex-wrap", "gap-1"] },
      uniqueActions(product).map((action) => element("li", { className: ["tag"] }, [text(action)])),
    ),
    ...(product.availability
      ? [element("p", { className: ["mt-auto", "pt-3", "text-xs", "text-ink-muted"] }, [text(product.availability)])]
      : []),
  ]);
}
