import type { Metadata } from "next";
import { randomUUID } from "node:crypto";
import { connection } from "next/server";
import { QuoteForm } from "@/app/(site)/quote/quote-form";
import { findControlledProducts } from "@/lib/catalog/controls";
import { getProductsByCatalogNumbers, listProductOptions } from "@/lib/catalog/products";
import { prefilledCatalogNumbers } from "@/lib/inquiries/prefill";
import { responsePromise } from "@/lib/inquiries/sla";

export const metadata: Metadata = {
  title: "Request a quote",
  description: "Prices and lead times for research packs, bulk quantities and GMP grade.",
  alternates: { canonical: "/quote" },
};

export default async function QuotePage({ searchParams }: PageProps<"/quote">) {
  await connection();
  const wanted = prefilledCatalogNumbers((await searchParams).products);
  const [prefilled, options, controlled] = await Promise.all([
    getProductsByCatalogNumbers({ catalogNumbers: wanted }),
    listProductOptions(),
    findControlledProducts(),
  ]);
  return (
    <div className="container-page max-w-4xl py-8">
      <h1 className="text-3xl">Request a quote</h1>
      <p className="mt-2 max-w-2xl text-ink-muted">
        List the products and quantities you need — any pack size, bulk quantities or GMP grade. We reply {responsePromise("QUOTE")} with
        prices, lead times and shipping to your country.
      </p>
      <QuoteForm
        idempotencyKey={randomUUID()}
        options={options.map(({ catalogNumber, name, packSizes }) => ({ catalogNumber, name, packSizes }))}
        promise={responsePromise("QUOTE")}
        initialItems={wanted.map((c) => prefilled.find((p) => p.catalogNumber === c)?.catalogNumber ?? c)}
        controlled={controlled}
      />
    </div>
  );
}
