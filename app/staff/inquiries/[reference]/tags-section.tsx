import { listTags, tagsOfInquiry } from "@/lib/triage/tags";
import { InquiryTags } from "./inquiry-tags";

export async function TagsSection({ inquiryId }: { inquiryId: string }) {
  const [tags, allTags] = await Promise.all([tagsOfInquiry(inquiryId), listTags()]);
  return (
    <section className="card bg-white p-5" aria-labelledby="tags-heading">
      <h2 id="tags-heading" className="mb-2 text-lg">
        Tags
      </h2>
      <InquiryTags inquiryId={inquiryId} tags={tags} allTags={allTags.map(({ id, name, colour }) => ({ id, name, colour }))} />
    </section>
  );
}
