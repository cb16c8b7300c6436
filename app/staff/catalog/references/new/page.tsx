import type { Metadata } from "next";
import Link from "next/link";
import { requireStaff } from "@/lib/auth/require-staff";
import { CatalogTabs } from "../../catalog-tabs";
import { ReferenceForm } from "../reference-form";

export const metadata: Metadata = { title: "New reference" };

export default async function NewReferencePage() {
  await requireStaff("ADMIN");
  return (
    <div className="space-y-4">
      <CatalogTabs current="references" />
      <Link href="/staff/catalog/references">← References</Link>
      <h1 className="text-2xl">New reference</h1>
      <div className="card bg-white p-4">
        <ReferenceForm />
      </div>
    </div>
  );
}
