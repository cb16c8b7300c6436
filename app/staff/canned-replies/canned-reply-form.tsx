"use client";
import { Field, inputClass, valueOf } from "@/app/_components/forms/field";
import { ConfirmButton } from "@/app/_components/staff/confirm-button";
import { FormActions } from "@/app/_components/staff/form-row";
import { useStaffForm } from "@/app/_components/staff/use-staff-form";
import { cannedReplySchema, deleteCannedReplySchema } from "@/lib/triage/schemas";
import { deleteCannedReplyAction, saveCannedReplyAction } from "./actions";

export function CannedReplyForm({ reply }: { reply?: { id: string; title: string; body: string } }) {
  const { errors, formRef, message, ok, onSubmit, pending, state } = useStaffForm(cannedReplySchema, saveCannedReplyAction, {
    resetOnSuccess: !reply,
  });
  const values = state.status === "error" ? state.values : undefined;
  const prefix = reply ? `canned-${reply.id}` : "canned-new";
  return (
    <form ref={formRef} onSubmit={onSubmit} className="space-y-3" aria-label={reply ? `Edit “${reply.title}”` : "New canned reply"}>
      {reply ? <input type="hidden" name="id" value={reply.id} /> : null}
      <Field id={`${prefix}-title`} name="title" label="Title" errors={errors} required>
        {(props) => <input {...props} defaultValue={valueOf(values, "title", reply?.title)} className={inputClass} />}
      </Field>
      <Field
        id={`${prefix}-body`}
        name="body"
        label="Text"
        hint="Variables: {{name}} (requester), {{reference}}, {{product}} (products or compound asked about). Put what the agent must write in square brackets, e.g. [price]: a reply still holding it is sent only once they confirm."
        errors={errors}
        required
      >
        {(props) => <textarea {...props} rows={8} defaultValue={valueOf(values, "body", reply?.body)} className={inputClass} />}
      </Field>
      <FormActions label={reply ? "Save" : "Add canned reply"} pending={pending} message={message} ok={ok} wrap />
    </form>
  );
}

export function DeleteCannedReply({ id, title }: { id: string; title: string }) {
  return (
    <ConfirmButton
      confirm={`Delete the canned reply “${title}”?`}
      schema={deleteCannedReplySchema}
      action={deleteCannedReplyAction}
      fields={{ id }}
      label="Delete"
    />
  );
}
