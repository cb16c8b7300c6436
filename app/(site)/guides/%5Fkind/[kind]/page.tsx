import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { GuideListing } from "@/app/(site)/guides/guide-listing";
import { guideKindOf } from "@/lib/guides/guide-kinds";

// /guides?kind=<kind>, rewritten here by proxy.ts (lib/listing-routes.ts): one cached page per
// kind, rendered on its first request.
export const revalidate = 300;
export function generateStaticParams() {
  return [];
}

export const metadata: Metadata = {
  title: "Technical guides",
  description: "Comparison guides and application notes on glutamatergic research compounds, with cited sources.",
  alternates: { canonical: "/guides" },
};

export default async function GuidesOfKindPage({ params }: PageProps<"/guides/_kind/[kind]">) {
  const kind = guideKindOf((await params).kind);
  if (!kind) notFound();
  return <GuideListing kind={kind} />;
}
