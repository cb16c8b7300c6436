"use client";
import { useMemo, useRef, useState } from "react";
import { Field, inputClass, valueOf } from "@/app/_components/forms/field";
import { FormActions } from "@/app/_components/staff/form-row";
import { FormResult } from "@/app/_components/staff/form-result";
import { useStaffForm } from "@/app/_components/staff/use-staff-form";
import type { InquiryStatus } from "@/lib/generated/prisma/enums";
import { unfilledPlaceholders } from "@/lib/triage/canned-reply-template";
import { assignSchema, noteSchema, replySchemaFor, spamSchema, statusSchema } from "@/lib/triage/schemas";
import { statusLabels } from "@/lib/inquiries/status";
import { REPLY_ACCEPT, REPLY_ATTACHMENT_HINT, replyAttachmentProblem } from "@/lib/triage/reply-attachments";
import { assignAction, noteAction, replyAction, spamAction, statusAction } from "./actions";

type StaffOption = { id: string; name: string };

export function AssignForm({
  inquiryId,
  assigneeId,
  staff,
  viewerId,
}: {
  inquiryId: string;
  assigneeId: string | null;
  staff: StaffOption[];
  viewerId: string;
}) {
  const { errors, formRef, message, ok, onSubmit, pending } = useStaffForm(assignSchema, assignAction, { resetOnSuccess: false });
  return (
    <div className="space-y-2">
      <form ref={formRef} onSubmit={onSubmit} className="space-y-2">
        <input type="hidden" name="inquiryId" value={inquiryId} />
        <Field name="assigneeId" label="Assignee" errors={errors}>
          {(props) => (
            <select key={assigneeId ?? "none"} {...props} defaultValue={assigneeId ?? ""} className={inputClass}>
              <option value="">Unassigned</option>
              {staff.map((s) => (
                <option key={s.id} value={s.id}>
                  {s.name}
                  {s.id === viewerId ? " (me)" : ""}
                </option>
              ))}
            </select>
          )}
        </Field>
        <button type="submit" className="btn btn-secondary" disabled={pending}>
          Assign
        </button>
      </form>
      {assigneeId !== viewerId ? <AssignToMe inquiryId={inquiryId} viewerId={viewerId} /> : null}
      <FormResult message={message} ok={ok} />
    </div>
  );
}

function AssignToMe({ inquiryId, viewerId }: { inquiryId: string; viewerId: string }) {
  const { formRef, message, ok, onSubmit, pending } = useStaffForm(assignSchema, assignAction, { resetOnSuccess: false });
  return (
    <form ref={formRef} onSubmit={onSubmit}>
      <input type="hidden" name="inquiryId" value={inquiryId} />
      <input type="hidden" name="assigneeId" value={viewerId} />
      <FormActions label="Assign to me" primary pending={pending} message={message} ok={ok} />
    </form>
  );
}

export function StatusForm({ inquiryId, status, next }: { inquiryId: string; status: InquiryStatus; next: InquiryStatus[] }) {
  const { errors, formRef, message, ok, onSubmit, pending } = useStaffForm(statusSchema, statusAction, { resetOnSuccess: false });
  if (next.length === 0) return null;
  return (
    <form ref={formRef} onSubmit={onSubmit} className="space-y-2">
      <input type="hidden" name="inquiryId" value={inquiryId} />
      <Field name="status" label={`Move from “${statusLabels[status]}” to`} errors={errors} required>
        {(props) => (
          <select key={status} {...props} defaultValue={next[0]} className={inputClass}>
            <StatusOptions statuses={next} />
          </select>
        )}
      </Field>
      <FormActions label="Change status" pending={pending} message={message} ok={ok} />
    </form>
  );
}

export function SpamForm({ inquiryId, isSpam }: { inquiryId: string; isSpam: boolean }) {
  const { formRef, message, ok, onSubmit, pending } = useStaffForm(spamSchema, spamAction, { resetOnSuccess: false });
  return (
    <form ref={formRef} onSubmit={onSubmit} className="space-y-2">
      <input type="hidden" name="inquiryId" value={inquiryId} />
      <input type="hidden" name="spam" value={isSpam ? "no" : "yes"} />
      <FormActions
        label={isSpam ? "Not spam: restore and unblock sender" : "Mark as spam and block sender"}
        pending={pending}
        message={message}
        ok={ok}
      />
    </form>
  );
}

export function NoteForm({ inquiryId }: { inquiryId: string }) {
  const { errors, formRef, message, ok, onSubmit, pending, state } = useStaffForm(noteSchema, noteAction);
  const values = state.status === "error" ? state.values : undefined;
  return (
    <form ref={formRef} onSubmit={onSubmit} className="space-y-3 rounded-md border border-dashed border-amber-700 bg-amber-50 p-4">
      <input type="hidden" name="inquiryId" value={inquiryId} />
      <Field
        id="note-body"
        name="body"
        label="Internal note"
        hint="Seen by staff only; never sent to the requester."
        errors={errors}
        required
      >
        {(props) => <textarea {...props} rows={3} defaultValue={valueOf(values, "body")} className={inputClass} />}
      </Field>
      <FormActions label={pending ? "Saving…" : "Add internal note"} pending={pending} message={message} ok={ok} />
    </form>
  );
}

export function ReplyForm({
  inquiryId,
  to,
  canned,
  next,
  suggested,
}: {
  inquiryId: string;
  to: string;
  canned: { id: string; title: string; body: string; placeholders: string[] }[];
  next: InquiryStatus[];
  suggested?: InquiryStatus;
}) {
  const placeholders = useMemo(() => canned.flatMap((c) => c.placeholders), [canned]);
  const schema = useMemo(() => replySchemaFor(placeholders), [placeholders]);
  const { errors, formRef, message, ok, onSubmit, pending, state } = useStaffForm(schema, replyAction);
  const body = useRef<HTMLTextAreaElement>(null);
  const values = state.status === "error" ? state.values : undefined;
  // The canned replies' placeholders still in the reply box: while there are any, the sender fills
  // them in or ticks "send as written".
  const [unfilled, setUnfilled] = useState<string[]>([]);
  const recheck = () => setUnfilled(unfilledPlaceholders(body.current?.value ?? "", placeholders));
  // Checked as files are chosen; the server checks again and its word, if any, shows in the same place.
  const [fileProblem, setFileProblem] = useState<string | null>(null);
  const fieldErrors = fileProblem ? { ...errors, attachments: fileProblem } : errors;

  function insertCanned(id: string) {
    const reply = canned.find((c) => c.id === id);
    const area = body.current;
    if (!reply || !area) return;
    if (area.value.trim() && !window.confirm("Replace what you have written with this canned reply?")) return;
    area.value = reply.body;
    recheck();
    area.focus();
  }

  return (
    <form
      ref={formRef}
      onSubmit={(event) => {
        if (fileProblem) {
          event.preventDefault();
          event.currentTarget.querySelector<HTMLElement>("#field-attachments")?.focus();
        } else onSubmit(event);
      }}
      onReset={() => {
        setUnfilled([]);
        setFileProblem(null);
      }}
      className="space-y-3"
    >
      <input type="hidden" name="inquiryId" value={inquiryId} />
      <p className="text-sm text-ink-muted">
        To <strong className="text-ink">{to}</strong>, threaded under their acknowledgment.
      </p>
      {canned.length ? (
        <div>
          <label htmlFor="canned-reply" className="block text-sm font-semibold">
            Start from a canned reply <span className="font-normal text-ink-muted">(optional)</span>
          </label>
          <select id="canned-reply" defaultValue="" onChange={(e) => insertCanned(e.target.value)} className={`mt-1 ${inputClass}`}>
            <option value="">Choose…</option>
            {canned.map((c) => (
              <option key={c.id} value={c.id}>
                {c.title}
              </option>
            ))}
          </select>
        </div>
      ) : null}
      <Field id="reply-body" name="body" label="Reply" errors={errors} required>
        {(props) => (
          <textarea
            {...props}
            ref={body}
            rows={8}
            defaultValue={valueOf(values, "body")}
            onInput={recheck}
            className={`${inputClass} font-[inherit]`}
          />
        )}
      </Field>
      {unfilled.length || errors.sendAsWritten ? (
        <div className="rounded-md border border-amber-700 bg-amber-50 p-3 text-sm">
          {unfilled.length ? (
            <p id="reply-unfilled">The reply still contains {unfilled.map((p) => `“${p}”`).join(" and ")} from the canned reply.</p>
          ) : null}
          <label className="mt-2 flex items-center gap-2 font-semibold">
            <input
              type="checkbox"
              id="field-sendAsWritten"
              name="sendAsWritten"
              aria-invalid={errors.sendAsWritten ? true : undefined}
              aria-describedby={
                [unfilled.length ? "reply-unfilled" : null, errors.sendAsWritten ? "field-sendAsWritten-error" : null]
                  .filter(Boolean)
                  .join(" ") || undefined
              }
              className="h-5 w-5"
            />
            Send with the bracketed text as written
          </label>
          {errors.sendAsWritten ? (
            <p id="field-sendAsWritten-error" className="mt-1 font-medium text-red-800">
              <span aria-hidden="true">⚠ </span>
              {errors.sendAsWritten}
            </p>
          ) : null}
        </div>
      ) : null}
      <Field name="attachments" label="Attachments" hint={REPLY_ATTACHMENT_HINT} errors={fieldErrors}>
        {(props) => (
          <input
            {...props}
            type="file"
            multiple
            accept={REPLY_ACCEPT}
            onChange={(e) => setFileProblem(replyAttachmentProblem([...(e.currentTarget.files ?? [])]))}
            className={`${inputClass} file:mr-3 file:rounded file:border-0 file:bg-brand-wash file:px-3 file:py-1`}
          />
        )}
      </Field>
      <Field name="thenStatus" label="Then set the status to" errors={errors}>
        {(props) => (
          <select {...props} defaultValue={valueOf(values, "thenStatus", suggested ?? "")} className={inputClass}>
            <option value="">Leave as it is</option>
            <StatusOptions statuses={next} />
          </select>
        )}
      </Field>
      <FormActions label={pending ? "Sending…" : "Send reply"} primary pending={pending} message={message} ok={ok} />
    </form>
  );
}

/** The statuses an inquiry may move to, as options. */
function StatusOptions({ statuses }: { statuses: readonly InquiryStatus[] }) {
  return statuses.map((s) => (
    <option key={s} value={s}>
      {statusLabels[s]}
    </option>
  ));
}
