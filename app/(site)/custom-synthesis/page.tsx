import type { Metadata } from "next";
import { randomUUID } from "node:crypto";
import { connection } from "next/server";
import { CustomSynthesisForm } from "@/app/(site)/custom-synthesis/custom-synthesis-form";
import { getProductsByCatalogNumbers } from "@/lib/catalog/products";
import { prefilledCatalogNumbers } from "@/lib/inquiries/prefill";
import { responsePromise } from "@/lib/inquiries/sla";

export const metadata: Metadata = {
  title: "Request custom synthesis",
  description: "Compounds outside the catalog, new salt forms, scale-up and isotopic labelling (2H, 13C, 15N).",
  alternates: { canonical: "/custom-synthesis" },
};

export default async function CustomSynthesisPage({ searchParams }: PageProps<"/custom-synthesis">) {
  await connection();
  const wanted = prefilledCatalogNumbers((await searchParams).products);
  const products = await getProductsByCatalogNumbers({ catalogNumbers: wanted });
  return (
    <div className="container-page max-w-4xl py-8">
      <h1 className="text-3xl">Request custom synthesis</h1>
      <p className="mt-2 max-w-2xl text-ink-muted">
        Tell us what you need made: a compound outside our catalog, a labelled analogue (²H, ¹³C, ¹⁵N), another salt form, or a catalog
        product at bulk or GMP scale. Our chemists assess feasibility and reply {responsePromise("CUSTOM_SYNTHESIS")} with a quote and
        timeline. Everything you send is confidential; ask for an NDA below if you need one.
      </p>
      <CustomSynthesisForm
        idempotencyKey={randomUUID()}
        promise={responsePromise("CUSTOM_SYNTHESIS")}
        prefill={products.map((p) => `${p.name} (${p.catalogNumber})`).join("; ")}
      />
    </div>
  );
}
