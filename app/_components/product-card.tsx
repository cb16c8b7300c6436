import Link from "next/link";
import type { ProductSummary } from "@/lib/catalog/products";
import { Formula, formatMw } from "@/app/_components/formula";
import { ControlledBadge } from "@/app/_components/controlled-status";
import { StructureThumbnail } from "@/app/_components/structure-thumbnail";

function uniqueActions(product: ProductSummary) {
  return [...new Set(product.activities.map((a) => `${a.target.name} ${a.mechanism.name.toLowerCase()}`))];
}

export function ProductCard({ product }: { product: ProductSummary }) {
  return (
    <article className="card flex h-full flex-col p-4">
      <StructureThumbnail catalogNumber={product.catalogNumber} name={product.name} className="mb-3" />
      <h3 className="text-base font-semibold">
        <Link href={`/products/${product.catalogNumber}`} className="no-underline hover:underline">
          {product.name}
        </Link>
      </h3>
      <p className="mt-1 text-sm text-ink-muted">
        Cat. No. <span className="identifier text-ink">{product.catalogNumber}</span>
        {product.casNumber ? (
          <>
            {" · "}CAS <span className="identifier text-ink">{product.casNumber}</span>
          </>
        ) : null}
      </p>
      <p className="mt-2 text-sm">
        <Formula value={product.formula} /> · {formatMw(product.molecularWeight)}
      </p>
      <ControlledBadge controls={product.controls} />
      {product.discontinuedOn ? (
        <p className="mt-2">
          <span className="tag bg-warn-wash text-warn">Discontinued</span>
        </p>
      ) : null}
      <ul className="mt-3 flex flex-wrap gap-1">
        {uniqueActions(product).map((action) => (
          <li key={action} className="tag">
            {action}
          </li>
        ))}
      </ul>
      {product.availability ? <p className="mt-auto pt-3 text-xs text-ink-muted">{product.availability}</p> : null}
    </article>
  );
}
