import type { Element, ElementContent } from "hast";
import { formatMw, formulaElement } from "@/app/_components/formula";
import { element, text, toHtml } from "@/app/_components/html-string";
import { structureThumbnailElement } from "@/app/_components/structure-thumbnail";
import { formatSignificant, mgPerMlToMillimolar } from "@/lib/catalog/calculators";
import { packPrices } from "@/lib/catalog/prices";
import type { ProductDetail, getSimilarProducts } from "@/lib/catalog/products";
import { currencies, formatMoney } from "@/lib/core/money";

// The product page's data blocks as HTML strings (html-string.ts), each sent once in the page's HTML
// (StaticHtml): as React elements they were most of the page's RSC payload. The markup is what the
// page's JSX wrote before.

type NumberOf = (source: { id: number }) => number;
const cls = (classes: string) => ({ className: classes.split(" ") });

/** A citation marker, linked to entry n of the reference list (reference-list.tsx). */
const citation = (n: number) =>
  element("sup", {}, [element("a", { href: `#ref-${n}`, ariaLabel: `Reference ${n}`, ...cls("no-underline") }, [text(`[${n}]`)])]);

export const formatNumber = (value: number) => value.toLocaleString("en-US", { maximumFractionDigits: 3 });

/** The "Chemical data" list's entries. */
export function chemicalDataHtml(product: ProductDetail, numberOf: NumberOf) {
  const entry = (term: string, ...details: ElementContent[]) => [element("dt", {}, [text(term)]), element("dd", {}, details)];
  const identifier = (term: string, value: string) => [element("dt", {}, [text(term)]), element("dd", cls("identifier"), [text(value)])];
  return toHtml([
    ...entry(
      "CAS number",
      ...(product.casNumber
        ? [
            element("span", cls("identifier"), [text(product.casNumber)]),
            ...(product.casReference ? [citation(numberOf(product.casReference))] : []),
          ]
        : [element("span", cls("text-ink-muted"), [text("Not assigned or not confirmed")])]),
      ...(product.casNote ? [element("span", cls("block text-sm text-ink-muted"), [text(product.casNote)])] : []),
    ),
    ...entry("Synonyms", text(product.synonyms.length ? product.synonyms.join("; ") : "—")),
    ...entry("Salt form", text(product.saltForm)),
    ...entry("Formula", formulaElement(product.formula)),
    ...entry("Molecular weight", text(formatMw(product.molecularWeight))),
    ...entry("Exact mass", text(`${product.exactMass.toFixed(4)} Da`)),
    ...identifier("SMILES", product.smiles),
    ...identifier("InChI", product.inchi),
    ...identifier("InChIKey", product.inchiKey),
    ...entry("Appearance", text(product.appearance ?? "—")),
    ...entry("Storage", text(product.storage ?? "—")),
  ]);
}

/** The "Biological activity" table's rows. */
export function activityRowsHtml(product: ProductDetail, numberOf: NumberOf) {
  const cell = (label: string, content: ElementContent, className?: string) =>
    element("td", { dataLabel: label, ...(className ? cls(className) : {}) }, [content]);
  return toHtml(
    product.activities.map((a) =>
      element("tr", {}, [
        cell("Target", text(a.target.name)),
        cell("Mechanism", text(a.mechanism.name)),
        cell("Measure", text(a.measure ?? "—")),
        cell("Value", text(a.value !== null ? `${a.relation ?? ""}${formatNumber(a.value)} ${a.unit ?? ""}` : "—"), "num"),
        cell("Species / assay", text([a.species, a.assay].filter(Boolean).join("; ") || "—")),
        cell("Reference", citation(numberOf(a.reference))),
      ]),
    ),
  );
}

/** The "Solubility" table's rows. */
export function solubilityRowsHtml(product: ProductDetail, numberOf: NumberOf) {
  return toHtml(
    product.solubilities.map((s) => {
      const atLeast = s.atLeast ? "≥ " : "";
      return element("tr", {}, [
        element("th", { scope: "row", dataLabel: "Solvent", ...cls("font-normal") }, [text(s.solvent)]),
        element("td", { dataLabel: "Max mg/mL", ...cls("num whitespace-nowrap") }, [text(atLeast + formatSignificant(s.maxMgPerMl))]),
        element("td", { dataLabel: "Max mM", ...cls("num whitespace-nowrap") }, [
          text(atLeast + formatSignificant(mgPerMlToMillimolar(s.maxMgPerMl, product.molecularWeight))),
        ]),
        element("td", { dataLabel: "Conditions" }, [text(s.conditions ?? "—")]),
        element("td", { dataLabel: "Source" }, [s.reference ? citation(numberOf(s.reference)) : text("In-house")]),
      ]);
    }),
  );
}

/** The "Pack sizes" table's rows; `tight`: the cells' padding class. */
export function packRowsHtml(product: ProductDetail, tight: string) {
  return toHtml(
    product.packSizes.map((pack) =>
      element("tr", {}, [
        element("th", { scope: "row", ...cls(`font-normal whitespace-nowrap ${tight}`) }, [
          text(`${formatNumber(pack.amount)} ${pack.unit}`),
        ]),
        ...currencies.map((currency) => {
          const price = packPrices(pack.prices)[currency];
          return element("td", cls(`num ${tight}`), [text(price === null ? "On request" : formatMoney(price, currency))]);
        }),
      ]),
    ),
  );
}

/** The "Similar compounds" list's items. */
export function similarHtml(similar: Awaited<ReturnType<typeof getSimilarProducts>>) {
  return toHtml(
    similar.map((hit): Element =>
      element("li", cls("card p-2 text-sm"), [
        structureThumbnailElement({ catalogNumber: hit.catalogNumber, name: hit.name, width: 160, height: 120, className: "" }),
        element("a", { href: `/products/${hit.catalogNumber}`, ...cls("mt-1 block font-medium") }, [text(hit.name)]),
        element("span", cls("block text-ink-muted"), [
          element("span", cls("identifier"), [text(hit.catalogNumber)]),
          text(` · Tanimoto ${hit.similarity.toFixed(2)}`),
        ]),
      ]),
    ),
  );
}
