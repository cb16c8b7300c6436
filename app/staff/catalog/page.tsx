import type { Metadata } from "next";
import Link from "next/link";
import { inputClass } from "@/app/_components/forms/field";
import { requireStaff } from "@/lib/auth/require-staff";
import { parseCatalogQuery } from "@/lib/catalog/catalog-query";
import { findProducts } from "@/lib/catalog/products";
import { CatalogTabs } from "./catalog-tabs";

export const metadata: Metadata = { title: "Catalog" };

export default async function StaffCatalogPage({ searchParams }: PageProps<"/staff/catalog">) {
  await requireStaff("ADMIN");
  const query = parseCatalogQuery(await searchParams);
  const { products, total, more, page, pageCount } = await findProducts({ filter: { q: query.q }, page: query.page, pageSize: 50 });
  return (
    <div className="space-y-4">
      <CatalogTabs current="products" />
      <div className="flex flex-wrap items-baseline justify-between gap-3">
        <h1 className="text-2xl">Catalog</h1>
        <div className="flex gap-2">
          <Link href="/staff/catalog/import" className="btn btn-secondary">
            Import file
          </Link>
          <Link href="/staff/catalog/new" className="btn btn-primary">
            New product
          </Link>
        </div>
      </div>
      <p className="text-sm text-ink-muted">
        Bulk changes: import a CSV or SD file here, or with <code>npm run catalog:import -- file.csv|file.sdf</code> (same checks);{" "}
        <code>npm run catalog:check</code> checks the whole catalog.
      </p>
      <form method="get" role="search" aria-label="Find a product" className="flex max-w-xl gap-2">
        <label htmlFor="catalog-q" className="sr-only">
          Name, catalog number or CAS
        </label>
        <input
          id="catalog-q"
          name="q"
          type="search"
          defaultValue={query.q ?? ""}
          placeholder="Name, catalog no. or CAS"
          className={inputClass}
        />
        <button type="submit" className="btn btn-secondary">
          Find
        </button>
      </form>
      <p role="status" className="text-sm text-ink-muted">
        {more ? "More than " : ""}
        {total.toLocaleString("en")} product{total === 1 ? "" : "s"}
        {pageCount > 1 ? `, page ${page} of ${pageCount}` : ""}
      </p>
      <div className="overflow-x-auto rounded-md border border-line bg-white">
        <table className="data-table min-w-[40rem]">
          <caption className="sr-only">Products</caption>
          <thead>
            <tr>
              <th scope="col">Catalog no.</th>
              <th scope="col">Name</th>
              <th scope="col">Salt form</th>
              <th scope="col">CAS</th>
              <th scope="col">
                <span className="sr-only">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {products.map((p) => (
              <tr key={p.catalogNumber}>
                <td className="identifier">{p.catalogNumber}</td>
                <td>{p.name}</td>
                <td>{p.saltForm}</td>
                <td className="identifier">{p.casNumber ?? "—"}</td>
                <td>
                  <Link href={`/staff/catalog/${p.catalogNumber}`} aria-label={`Edit ${p.catalogNumber} ${p.name}`}>
                    Edit
                  </Link>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {pageCount > 1 ? (
        <nav aria-label="Pages" className="flex gap-4 text-sm">
          {page > 1 ? (
            <Link href={`/staff/catalog?${new URLSearchParams({ ...(query.q ? { q: query.q } : {}), page: String(page - 1) })}`}>
              ← Previous
            </Link>
          ) : null}
          {page < pageCount ? (
            <Link href={`/staff/catalog?${new URLSearchParams({ ...(query.q ? { q: query.q } : {}), page: String(page + 1) })}`}>
              Next →
            </Link>
          ) : null}
        </nav>
      ) : null}
    </div>
  );
}
