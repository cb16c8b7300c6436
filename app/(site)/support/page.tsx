import type { Metadata } from "next";
import { randomUUID } from "node:crypto";
import { connection } from "next/server";
import { SupportForm } from "@/app/(site)/support/support-form";
import { listProductOptions } from "@/lib/catalog/products";
import { prefilledCatalogNumbers } from "@/lib/inquiries/prefill";
import { responsePromise } from "@/lib/inquiries/sla";

export const metadata: Metadata = {
  title: "Ask our PhD support team",
  description: "Will this reagent suit your assay? Ask about solvents, concentrations, stability, species and cell types.",
  alternates: { canonical: "/support" },
};

export default async function SupportPage({ searchParams }: PageProps<"/support">) {
  await connection();
  const wanted = prefilledCatalogNumbers((await searchParams).products);
  const options = await listProductOptions();
  return (
    <div className="container-page max-w-4xl py-8">
      <h1 className="text-3xl">Ask our PhD support team</h1>
      <p className="mt-2 max-w-2xl text-ink-muted">
        Not sure a reagent suits your experiment? Describe your assay and conditions, and one of our PhD scientists will check compatibility
        — solvent and vehicle, working concentration, stability, species or cell type — and answer {responsePromise("SUPPORT")}.
      </p>
      <SupportForm
        idempotencyKey={randomUUID()}
        promise={responsePromise("SUPPORT")}
        initialCatalogNumbers={wanted.join(", ")}
        options={options.map(({ catalogNumber, name }) => ({ catalogNumber, name }))}
      />
    </div>
  );
}
