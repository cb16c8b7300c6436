"use client";
import { Field, inputClass, valueOf } from "@/app/_components/forms/field";
import { ConfirmButton } from "@/app/_components/staff/confirm-button";
import { FormActions } from "@/app/_components/staff/form-row";
import { useStaffForm } from "@/app/_components/staff/use-staff-form";
import { deleteTagSchema, MAX_TAG_NAME, TAG_COLOURS, TAG_PALETTE, tagSchema } from "@/lib/triage/tag-schema";
import { deleteTagAction, saveTagAction } from "./actions";

export function TagForm({ tag }: { tag?: { id: string; name: string; colour: string } }) {
  const { errors, formRef, message, ok, onSubmit, pending, state } = useStaffForm(tagSchema, saveTagAction, { resetOnSuccess: !tag });
  const values = state.status === "error" ? state.values : undefined;
  const prefix = tag ? `tag-${tag.id}` : "tag-new";
  return (
    <form ref={formRef} onSubmit={onSubmit} className="flex flex-wrap items-end gap-3" aria-label={tag ? `Edit “${tag.name}”` : "New tag"}>
      {tag ? <input type="hidden" name="id" value={tag.id} /> : null}
      <Field id={`${prefix}-name`} name="name" label="Name" errors={errors} required className="min-w-48 flex-1">
        {(props) => <input {...props} maxLength={MAX_TAG_NAME} defaultValue={valueOf(values, "name", tag?.name)} className={inputClass} />}
      </Field>
      <Field id={`${prefix}-colour`} name="colour" label="Colour" errors={errors} required>
        {(props) => (
          <select {...props} defaultValue={valueOf(values, "colour", tag?.colour ?? "slate")} className={inputClass}>
            {TAG_COLOURS.map((c) => (
              <option key={c} value={c}>
                {TAG_PALETTE[c].label}
              </option>
            ))}
          </select>
        )}
      </Field>
      <FormActions label={tag ? "Save" : "Add tag"} pending={pending} message={message} ok={ok} />
    </form>
  );
}

export function DeleteTag({ id, name, uses }: { id: string; name: string; uses: number }) {
  const warning = uses ? ` It is removed from ${uses} inquir${uses === 1 ? "y" : "ies"}.` : "";
  return (
    <ConfirmButton
      confirm={`Delete the tag “${name}”?${warning}`}
      schema={deleteTagSchema}
      action={deleteTagAction}
      fields={{ id }}
      label="Delete"
      ariaLabel={`Delete the tag “${name}”`}
    />
  );
}
