import type { ProductDetail } from "@/lib/catalog/products";
import { minorToDecimal } from "@/lib/core/money";
import { env } from "@/lib/env";
import { site } from "@/lib/site";

/** JSON for a <script type="application/ld+json">, with "<" escaped so no text can close the tag. */
export function toJsonLd(data: unknown) {
  return JSON.stringify(data).replace(/</g, "\\u003c");
}

const DISCONTINUED = "https://schema.org/Discontinued";

export function productJsonLd(product: ProductDetail) {
  const url = new URL(`/products/${product.catalogNumber}`, env.SITE_URL).toString();
  // A sold product's stock is a free-text note, so its offers state no availability; a discontinued
  // one's say so, and it keeps one offer to say it on even without list prices.
  const availability = product.discontinuedOn ? { availability: DISCONTINUED } : {};
  const offers = product.packSizes.flatMap((p) =>
    p.prices.map((price) => ({
      "@type": "Offer",
      name: `${p.amount} ${p.unit}`,
      price: minorToDecimal(price.amountMinor),
      priceCurrency: price.currency,
      url,
      ...availability,
    })),
  );
  const property = (name: string, value: string | number | null) => (value === null ? [] : [{ "@type": "PropertyValue", name, value }]);
  return toJsonLd({
    "@context": "https://schema.org",
    "@type": "Product",
    "@id": url,
    url,
    name: product.name,
    sku: product.catalogNumber,
    description: product.description,
    image: new URL(`/structures/${product.catalogNumber}.svg`, env.SITE_URL).toString(),
    brand: { "@type": "Brand", name: site.name },
    category: product.categories.map((c) => c.name).join(", ") || undefined,
    additionalProperty: [
      ...property("CAS number", product.casNumber),
      ...property("Molecular formula", product.formula),
      ...property("Molecular weight (g/mol)", product.molecularWeight),
      ...property("InChIKey", product.inchiKey),
      ...property("SMILES", product.smiles),
      ...property("Purity", product.purity),
    ],
    offers: offers.length || !product.discontinuedOn ? offers : [{ "@type": "Offer", url, ...availability }],
  });
}
