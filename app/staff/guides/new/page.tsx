import type { Metadata } from "next";
import Link from "next/link";
import { requireStaff } from "@/lib/auth/require-staff";
import { listReferenceChoices } from "@/lib/catalog/references";
import { GuideForm } from "../guide-form";
import { citableKeys } from "../reference-keys";

export const metadata: Metadata = { title: "New guide" };

export default async function NewGuidePage() {
  await requireStaff("ADMIN");
  const choices = await listReferenceChoices();
  return (
    <div className="space-y-4">
      <Link href="/staff/guides">← Guides</Link>
      <h1 className="text-2xl">New guide</h1>
      <GuideForm
        isNew
        referenceKeys={citableKeys(choices)}
        initial={{
          slug: "",
          title: "",
          summary: "",
          kind: "COMPARISON",
          author: "Reagent Desk scientific support team",
          publishedAt: new Date().toISOString().slice(0, 10),
          body: "",
          products: [{ catalogNumber: "", role: "" }],
        }}
      />
    </div>
  );
}
