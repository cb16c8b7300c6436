import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { formatDateTime } from "@/app/_components/format-date";
import { requireStaff } from "@/lib/auth/require-staff";
import { listReferenceChoices } from "@/lib/catalog/references";
import { getGuideForEdit } from "@/lib/guides/save-guide";
import { GuideForm } from "../guide-form";
import { citableKeys } from "../reference-keys";

export const metadata: Metadata = { title: "Edit guide" };

export default async function EditGuidePage({ params, searchParams }: PageProps<"/staff/guides/[slug]">) {
  await requireStaff("ADMIN");
  const [{ slug }, { created }] = await Promise.all([params, searchParams]);
  const [guide, choices] = await Promise.all([getGuideForEdit(slug), listReferenceChoices()]);
  if (!guide) notFound();
  return (
    <div className="space-y-4">
      <Link href="/staff/guides">← Guides</Link>
      <h1 className="text-2xl">Edit “{guide.title}”</h1>
      {created ? (
        <p role="status" className="rounded-md border border-green-700 bg-green-50 px-3 py-2 text-sm font-medium text-green-900">
          Published at /guides/{guide.slug}.
        </p>
      ) : null}
      <p className="text-sm text-ink-muted">
        Last saved {formatDateTime(guide.updatedAt)}
        {guide.revisedAt ? ` · readers see “Updated ${guide.revisedAt.toISOString().slice(0, 10)}”` : ""} ·{" "}
        <Link href={`/guides/${guide.slug}`}>view page</Link>
      </p>
      <GuideForm
        isNew={false}
        referenceKeys={citableKeys(choices)}
        initial={{
          slug: guide.slug,
          title: guide.title,
          summary: guide.summary,
          kind: guide.kind,
          author: guide.author,
          publishedAt: guide.publishedAt.toISOString().slice(0, 10),
          body: guide.body,
          products: guide.products.map((p) => ({ catalogNumber: p.product.catalogNumber, role: p.role, name: p.product.name })),
        }}
      />
    </div>
  );
}
