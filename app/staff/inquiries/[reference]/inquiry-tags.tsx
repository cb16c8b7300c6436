"use client";
import { Field, inputClass } from "@/app/_components/forms/field";
import { FormActions } from "@/app/_components/staff/form-row";
import { FormResult } from "@/app/_components/staff/form-result";
import { useStaffForm } from "@/app/_components/staff/use-staff-form";
import { TagChip } from "@/app/_components/staff/tag-chip";
import { inquiryTagSchema } from "@/lib/triage/tag-schema";
import { addTagAction, removeTagAction } from "./tag-actions";

type Tag = { id: string; name: string; colour: string };

/** The inquiry's tags, each with a remove button, and a list to add one of the others. */
export function InquiryTags({ inquiryId, tags, allTags }: { inquiryId: string; tags: Tag[]; allTags: Tag[] }) {
  const { errors, formRef, message, ok, onSubmit, pending } = useStaffForm(inquiryTagSchema, addTagAction, { resetOnSuccess: false });
  const on = new Set(tags.map((t) => t.id));
  const available = allTags.filter((t) => !on.has(t.id));
  return (
    <div className="space-y-3">
      {tags.length ? (
        <ul className="flex flex-wrap gap-2" aria-label="Tags on this inquiry">
          {tags.map((tag) => (
            <RemoveTag key={tag.id} inquiryId={inquiryId} tag={tag} />
          ))}
        </ul>
      ) : (
        <p className="text-sm text-ink-muted">No tags.</p>
      )}
      {available.length ? (
        <form ref={formRef} onSubmit={onSubmit} className="flex flex-wrap items-end gap-2">
          <input type="hidden" name="inquiryId" value={inquiryId} />
          <Field id="add-tag" name="tagId" label="Add a tag" errors={errors} className="min-w-40 flex-1">
            {(props) => (
              <select key={tags.length} {...props} defaultValue="" className={inputClass}>
                <option value="">Choose…</option>
                {available.map((t) => (
                  <option key={t.id} value={t.id}>
                    {t.name}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <FormActions label="Add" pending={pending} message={message} ok={ok} />
        </form>
      ) : null}
    </div>
  );
}

function RemoveTag({ inquiryId, tag }: { inquiryId: string; tag: Tag }) {
  const { formRef, message, ok, onSubmit, pending } = useStaffForm(inquiryTagSchema, removeTagAction, { resetOnSuccess: false });
  return (
    <li>
      <form ref={formRef} onSubmit={onSubmit} className="flex items-center gap-1">
        <input type="hidden" name="inquiryId" value={inquiryId} />
        <input type="hidden" name="tagId" value={tag.id} />
        <TagChip tag={tag} />
        <button
          type="submit"
          className="min-h-6 min-w-6 rounded text-ink-muted hover:text-ink"
          aria-label={`Remove the tag “${tag.name}”`}
          disabled={pending}
        >
          ×
        </button>
        {ok ? null : <FormResult message={message} ok={ok} />}
      </form>
    </li>
  );
}
