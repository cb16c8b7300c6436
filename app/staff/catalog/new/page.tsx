import type { Metadata } from "next";
import Link from "next/link";
import { requireStaff } from "@/lib/auth/require-staff";
import { blankProduct } from "../blank-product";
import { CatalogTabs } from "../catalog-tabs";
import { ProductForm } from "../product-form";

export const metadata: Metadata = { title: "New product" };

export default async function NewProductPage() {
  await requireStaff("ADMIN");
  return (
    <div className="space-y-4">
      <CatalogTabs current="products" />
      <Link href="/staff/catalog">← Catalog</Link>
      <h1 className="text-2xl">New product</h1>
      <p className="text-sm text-ink-muted">
        Checked like a file import: RDKit must read the structure, and the CAS number and structure must not already belong to another
        product of the same salt form. References are linked on the product&apos;s page once it exists.
      </p>
      <ProductForm initial={blankProduct} isNew />
    </div>
  );
}
