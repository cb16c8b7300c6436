import type { Metadata } from "next";
import { GuideListing } from "@/app/(site)/guides/guide-listing";
import { prerenderedByBuild } from "@/lib/cache-tags";

export const metadata: Metadata = {
  title: "Technical guides",
  description: "Comparison guides and application notes on glutamatergic research compounds, with cited sources.",
  alternates: { canonical: "/guides" },
};

// Served from Next's cache, refreshed by the guides' and the catalog's tags (or after 300 s).
// /guides?kind=… is another cached page (lib/listing-routes.ts).
export const revalidate = 300;

export default async function GuidesPage() {
  if (await prerenderedByBuild()) return null;
  return <GuideListing />;
}
