import Link from "next/link";

export default function ProductNotFound() {
  return (
    <div className="container-page py-16">
      <p className="text-sm font-semibold uppercase tracking-wide text-ink-muted">Error 404</p>
      <h1 className="mt-2 text-3xl">Product not found</h1>
      <p className="mt-3 max-w-xl text-ink-muted">
        We have no product with that catalog number. Catalog numbers look like B8105958; check for a typo, or search the catalog by
        name or CAS number.
      </p>
      <form action="/products" method="get" role="search" className="mt-6 flex max-w-md gap-2">
        <label htmlFor="notfound-search" className="sr-only">
          Search the catalog
        </label>
        <input id="notfound-search" name="q" type="search" className="min-h-11 w-full rounded-md border border-line px-3" placeholder="Name, catalog no. or CAS" />
        <button type="submit" className="btn btn-primary">
          Search
        </button>
      </form>
      <p className="mt-6">
        <Link href="/products">Browse all products</Link>
      </p>
    </div>
  );
}
