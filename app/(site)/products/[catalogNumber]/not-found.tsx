import Link from "next/link";
import { NotFoundSearch } from "@/app/_components/not-found-search";

export default function ProductNotFound() {
  return (
    <div className="container-page py-16">
      <p className="text-sm font-semibold uppercase tracking-wide text-ink-muted">Error 404</p>
      <h1 className="mt-2 text-3xl">Product not found</h1>
      <p className="mt-3 max-w-xl text-ink-muted">
        We have no product with that catalog number. Catalog numbers look like B8105958; check for a typo, or search the catalog by name or
        CAS number.
      </p>
      <NotFoundSearch />
      <p className="mt-6 flex flex-wrap gap-4">
        <Link href="/products">Product catalog</Link>
        <Link href="/guides">Technical guides</Link>
      </p>
    </div>
  );
}
