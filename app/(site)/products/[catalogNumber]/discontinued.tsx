import Link from "next/link";
import { formatLongDate } from "@/app/_components/format-date";
import type { ProductDetail } from "@/lib/catalog/products";
import { inquiryHref } from "@/lib/inquiries/prefill";

type Similar = { catalogNumber: string; name: string; similarity: number }[];

/**
 * Under the title of a discontinued product: since when, why, and what to order instead (the
 * suggested replacement, then the closest similar compounds), as Sigma and Tocris word it.
 */
export function DiscontinuedNotice({ product, similar }: { product: ProductDetail; similar: Similar }) {
  if (!product.discontinuedOn) return null;
  // A replacement discontinued in its turn is no suggestion.
  const replacement = product.replacement && !product.replacement.discontinuedOn ? product.replacement : null;
  const closest = similar.filter((s) => s.catalogNumber !== replacement?.catalogNumber).slice(0, 3);
  return (
    <section aria-labelledby="discontinued-heading" className="mt-4 rounded-md border-2 border-warn bg-warn-wash p-4 text-ink">
      <h2 id="discontinued-heading" className="text-lg font-semibold text-warn">
        Discontinued on {formatLongDate(product.discontinuedOn)}
      </h2>
      {product.discontinuedReason ? <p className="mt-1">{product.discontinuedReason.replace(/\.?$/, ".")}</p> : null}
      <p className="mt-1">
        This product can no longer be ordered or quoted. Its data stays here for reference
        {replacement || closest.length ? ", and you may consider:" : "."}
      </p>
      {replacement || closest.length ? (
        <ul className="mt-2 list-disc space-y-1 pl-5">
          {replacement ? (
            <li>
              <strong>Suggested replacement:</strong>{" "}
              <Link href={`/products/${replacement.catalogNumber}`}>
                {replacement.name} (<span className="identifier">{replacement.catalogNumber}</span>)
              </Link>
            </li>
          ) : null}
          {closest.map((hit) => (
            <li key={hit.catalogNumber}>
              <Link href={`/products/${hit.catalogNumber}`}>
                {hit.name} (<span className="identifier">{hit.catalogNumber}</span>)
              </Link>{" "}
              <span className="text-sm text-ink-muted">Tanimoto {hit.similarity.toFixed(2)}</span>
            </li>
          ))}
        </ul>
      ) : null}
      <p className="mt-2 text-sm">
        <a href="#similar-heading">All similar compounds</a> ·{" "}
        <Link href={inquiryHref("/custom-synthesis", [product.catalogNumber])}>Ask us to make it as a custom synthesis</Link>
      </p>
    </section>
  );
}

/** In place of the quote buttons: a discontinued product is not quoted, but can be made or asked about. */
export function DiscontinuedActions({ catalogNumber }: { catalogNumber: string }) {
  return (
    <section aria-labelledby="inquiry-heading" className="card p-4 no-print">
      <h2 id="inquiry-heading" className="text-base font-semibold">
        No longer available
      </h2>
      <p className="mt-1 text-sm text-ink-muted">We no longer supply this product from stock, so it cannot be quoted.</p>
      <ul className="mt-3 grid gap-3">
        <li>
          <Link href={inquiryHref("/custom-synthesis", [catalogNumber])} className="btn btn-primary w-full">
            Request custom synthesis
          </Link>
          <span className="mt-1 block text-xs text-ink-muted">We can make it to order, at the scale you need</span>
        </li>
        <li>
          <Link href={inquiryHref("/support", [catalogNumber])} className="btn btn-secondary w-full">
            Ask our PhD support team
          </Link>
          <span className="mt-1 block text-xs text-ink-muted">Which alternative suits your assay?</span>
        </li>
      </ul>
    </section>
  );
}
