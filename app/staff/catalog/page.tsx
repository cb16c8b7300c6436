import type { Metadata } from "next";
import Link from "next/link";
import { inputClass } from "@/app/_components/forms/field";
import { PageHeader } from "@/app/_components/staff/list-page";
import { DataTable, EditLink, Pagination } from "@/app/_components/staff/data-table";
import { FindForm } from "@/app/_components/staff/form-row";
import { requireStaff } from "@/lib/auth/require-staff";
import { parseCatalogQuery } from "@/lib/catalog/catalog-query";
import { findProducts } from "@/lib/catalog/products";
import { CatalogTabs } from "./catalog-tabs";

export const metadata: Metadata = { title: "Catalog" };

export default async function StaffCatalogPage({ searchParams }: PageProps<"/staff/catalog">) {
  await requireStaff("ADMIN");
  const query = parseCatalogQuery(await searchParams);
  const { products, total, more, page, pageCount } = await findProducts({
    filter: { q: query.q },
    page: query.page,
    pageSize: 50,
    includeDiscontinued: true,
  });
  return (
    <div className="space-y-4">
      <CatalogTabs current="products" />
      <PageHeader title="Catalog">
        <div className="flex gap-2">
          <Link href="/staff/catalog/import" className="btn btn-secondary">
            Import file
          </Link>
          <Link href="/staff/catalog/new" className="btn btn-primary">
            New product
          </Link>
        </div>
      </PageHeader>
      <p className="text-sm text-ink-muted">
        Bulk changes: import a CSV or SD file here, or with <code>npm run catalog:import -- file.csv|file.sdf</code> (same checks);{" "}
        <code>npm run catalog:check</code> checks the whole catalog.
      </p>
      <FindForm
        id="catalog-q"
        name="Find a product"
        label="Name, catalog number or CAS"
        placeholder="Name, catalog no. or CAS"
        value={query.q}
        inputClassName={inputClass}
      />
      <p role="status" className="text-sm text-ink-muted">
        {more ? "More than " : ""}
        {total.toLocaleString("en")} product{total === 1 ? "" : "s"}
        {pageCount > 1 ? `, page ${page} of ${pageCount}` : ""}
      </p>
      <DataTable
        caption="Products"
        minWidth="min-w-[40rem]"
        rows={products}
        rowKey={(p) => p.catalogNumber}
        empty={query.q ? "No product matches this search." : "The catalog has no products yet."}
        columns={[
          { header: "Catalog no.", className: "identifier", cell: (p) => p.catalogNumber },
          {
            header: "Name",
            cell: (p) => (
              <>
                {p.name}
                {p.discontinuedOn ? <span className="tag ml-2">Discontinued</span> : null}
              </>
            ),
          },
          { header: "Salt form", cell: (p) => p.saltForm },
          { header: "CAS", className: "identifier", cell: (p) => p.casNumber ?? "—" },
          {
            header: "Actions",
            srOnly: true,
            cell: (p) => <EditLink href={`/staff/catalog/${p.catalogNumber}`} name={`${p.catalogNumber} ${p.name}`} />,
          },
        ]}
      />
      <Pagination
        page={page}
        pages={pageCount}
        href={(to) => `/staff/catalog?${new URLSearchParams({ ...(query.q ? { q: query.q } : {}), page: String(to) })}`}
      />
    </div>
  );
}
