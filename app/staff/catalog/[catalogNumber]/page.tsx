import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { formatDateTime } from "@/app/_components/format-date";
import { Formula } from "@/app/_components/formula";
import { requireStaff } from "@/lib/auth/require-staff";
import { getProductForEdit } from "@/lib/catalog/save-product";
import { ProductForm, type ProductFormValues } from "./product-form";

export const metadata: Metadata = { title: "Edit product" };

const blank: ProductFormValues = {
  catalogNumber: "",
  name: "",
  saltForm: "",
  parent: "",
  smiles: "",
  cas: "",
  synonyms: "",
  purity: "",
  appearance: "",
  storage: "",
  solubility: "",
  availability: "",
  description: "",
};

export default async function EditProductPage({ params }: PageProps<"/staff/catalog/[catalogNumber]">) {
  await requireStaff("ADMIN");
  const { catalogNumber } = await params;
  if (catalogNumber === "new") {
    return (
      <div className="space-y-4">
        <Link href="/staff/catalog">← Catalog</Link>
        <h1 className="text-2xl">New product</h1>
        <ProductForm initial={blank} isNew />
      </div>
    );
  }
  const product = await getProductForEdit(catalogNumber);
  if (!product) notFound();
  const initial: ProductFormValues = {
    ...blank,
    catalogNumber: product.catalogNumber,
    name: product.name,
    saltForm: product.saltForm,
    parent: product.compound.slug,
    smiles: product.smiles,
    cas: product.casNumber ?? "",
    synonyms: product.synonyms.join("\n"),
    purity: product.purity ?? "",
    appearance: product.appearance ?? "",
    storage: product.storage ?? "",
    solubility: product.solubility ?? "",
    availability: product.availability ?? "",
    description: product.description,
  };
  return (
    <div className="space-y-4">
      <Link href="/staff/catalog">← Catalog</Link>
      <h1 className="text-2xl">
        Edit <span className="identifier text-2xl">{product.catalogNumber}</span> {product.name}
      </h1>
      <p className="text-sm text-ink-muted">
        Computed: <Formula value={product.formula} /> · {product.molecularWeight} g/mol · InChIKey <span className="identifier">{product.inchiKey}</span> · last
        changed {formatDateTime(product.updatedAt)} · <Link href={`/products/${product.catalogNumber}`}>view page</Link>
      </p>
      <ProductForm initial={initial} isNew={false} />
    </div>
  );
}
