import type { Metadata } from "next";
import Link from "next/link";
import { TagChip } from "@/app/_components/staff/tag-chip";
import { requireStaff } from "@/lib/auth/require-staff";
import { MAX_TAGS } from "@/lib/triage/tag-schema";
import { listTags } from "@/lib/triage/tags";
import { DeleteTag, TagForm } from "./tag-form";

export const metadata: Metadata = { title: "Tags" };

export default async function TagsPage() {
  await requireStaff("ADMIN");
  const tags = await listTags();
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl">Tags</h1>
        <p className="mt-1 text-sm text-ink-muted">
          Staff put these on inquiries, and the inbox filters by them. Names are unique regardless of case; at most {MAX_TAGS} tags.
        </p>
      </div>
      {tags.length ? (
        <ul className="space-y-3">
          {tags.map((tag) => (
            <li key={tag.id} className="card space-y-3 bg-white p-4">
              <p className="flex flex-wrap items-center gap-2 text-sm">
                <TagChip tag={tag} />
                <Link href={`/staff/inquiries?tag=${tag.id}`}>
                  {tag._count.inquiries} inquir{tag._count.inquiries === 1 ? "y" : "ies"}
                </Link>
              </p>
              <TagForm tag={tag} />
              <DeleteTag id={tag.id} name={tag.name} uses={tag._count.inquiries} />
            </li>
          ))}
        </ul>
      ) : (
        <p className="text-sm">No tags yet.</p>
      )}
      <section className="card bg-white p-4" aria-labelledby="new-tag-heading">
        <h2 id="new-tag-heading" className="mb-3 text-lg">
          New tag
        </h2>
        <TagForm />
      </section>
    </div>
  );
}
