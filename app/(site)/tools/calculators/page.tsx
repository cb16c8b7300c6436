import type { Metadata } from "next";
import Link from "next/link";
import { Calculators, type CalculatorProps } from "@/app/_components/calculators/calculators";
import { isSingleComponent, parentFromInchi, parseNumber } from "@/lib/catalog/calculators";
import { getProduct } from "@/lib/catalog/products";

export const metadata: Metadata = {
  title: "Lab calculators",
  description: "Molarity, dilution, stock-solution and free base ↔ salt calculators, for any molecular weight or catalog product.",
  alternates: { canonical: "/tools/calculators" },
};

type Lookup = { props: CalculatorProps & { key: string }; product?: { catalogNumber: string; name: string } } | { error: string } | null;

/** `?q=` is a catalog number (its MW, salt form and solubility are looked up) or a molecular weight. */
async function lookUp(q: string): Promise<Lookup> {
  if (!q) return null;
  const mw = parseNumber(q);
  if (mw > 0) return mw < 5000 ? { props: { key: `mw-${mw}`, mw } } : { error: "Enter a molecular weight in g/mol (under 5000)" };
  const product = await getProduct({ catalogNumber: q });
  if (!product)
    return { error: `No catalog product has the number “${q}”. Enter a catalog number such as B8105958, or a molecular weight.` };
  return {
    product,
    props: {
      key: product.catalogNumber,
      mw: product.molecularWeight,
      label: `${product.name} (${product.catalogNumber})`,
      parent: parentFromInchi(product.inchi) ?? undefined,
      freeForm: isSingleComponent(product.inchi),
      solubilities: product.solubilities.map((s) => ({
        solvent: s.solvent,
        maxMgPerMl: s.maxMgPerMl,
        atLeast: s.atLeast,
        note: s.reference ? "see the product page for its source" : "in-house",
      })),
    },
  };
}

export default async function CalculatorsPage({ searchParams }: PageProps<"/tools/calculators">) {
  const raw = (await searchParams).q;
  const q = (typeof raw === "string" ? raw : "").trim().slice(0, 100);
  const lookup = await lookUp(q);
  const error = lookup && "error" in lookup ? lookup.error : undefined;
  const found = lookup && "props" in lookup ? lookup : undefined;
  const { key, ...props } = found?.props ?? { key: "blank" };
  return (
    <div className="container-page max-w-4xl py-8">
      <h1 className="text-3xl">Lab calculators</h1>
      <p className="mt-2 max-w-2xl text-ink-muted">
        Molarity, dilution, stock solutions and free base ↔ salt conversion. Start from a catalog number to use that product&apos;s
        molecular weight (salt form included) and known solubility, or type any molecular weight below.
      </p>
      <form method="get" className="mt-4 flex max-w-xl flex-wrap items-end gap-2" role="search" aria-label="Look up a product">
        <div className="min-w-0 flex-1">
          <label htmlFor="calc-q" className="block text-sm font-semibold">
            Catalog number or molecular weight
          </label>
          <input
            id="calc-q"
            name="q"
            defaultValue={q}
            autoComplete="off"
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? "calc-q-error" : undefined}
            className="mt-1 block min-h-11 w-full rounded-md border border-line bg-white px-3 py-2 text-base aria-[invalid=true]:border-red-700"
          />
        </div>
        <button type="submit" className="btn btn-primary">
          Look up
        </button>
        {error ? (
          <p id="calc-q-error" className="w-full text-sm font-medium text-red-800">
            <span aria-hidden="true">⚠ </span>
            {error}
          </p>
        ) : null}
      </form>
      {found?.product ? (
        <p className="mt-3" role="status">
          Using <Link href={`/products/${found.product.catalogNumber}`}>{found.product.name}</Link> (
          <span className="identifier">{found.product.catalogNumber}</span>).
        </p>
      ) : null}
      <div className="mt-6">
        <Calculators key={key} {...props} />
      </div>
    </div>
  );
}
