"use client";
import { inputClass } from "@/app/_components/forms/field";
import { FormResult } from "@/app/_components/staff/form-result";
import { useStaffForm } from "@/app/_components/staff/use-staff-form";
import type { InquiryStatus } from "@/lib/generated/prisma/enums";
import { bulkSchema } from "@/lib/triage/schemas";
import { statusLabels } from "@/lib/inquiries/status";
import { bulkAction } from "./actions";

/** The inbox table inside one form: tick rows, choose an action, apply it to all of them. */
export function BulkForm({
  staff,
  statuses,
  empty,
  children,
}: {
  staff: { id: string; name: string }[];
  statuses: InquiryStatus[];
  empty: boolean;
  children: React.ReactNode;
}) {
  const { errors, formRef, message, ok, onSubmit, pending } = useStaffForm(bulkSchema, bulkAction);
  const error = Object.values(errors)[0];
  return (
    <form ref={formRef} onSubmit={onSubmit} aria-label="Inquiries">
      <fieldset disabled={empty} className="mb-3 flex flex-wrap items-end gap-3 rounded-md border border-line bg-white p-3">
        <legend className="sr-only">Bulk actions on the selected inquiries</legend>
        <div>
          <label htmlFor="bulk-action" className="block text-sm font-semibold">
            With selected
          </label>
          <select id="bulk-action" name="action" defaultValue="assign" className={`mt-1 ${inputClass} min-h-9 py-1`}>
            <option value="assign">Assign to…</option>
            <option value="status">Set status to…</option>
            <option value="spam">Mark as spam</option>
          </select>
        </div>
        <div>
          <label htmlFor="bulk-assignee" className="block text-sm font-semibold">
            Assignee
          </label>
          <select id="bulk-assignee" name="assigneeId" defaultValue="" className={`mt-1 ${inputClass} min-h-9 py-1`}>
            <option value="">Unassigned</option>
            {staff.map((s) => (
              <option key={s.id} value={s.id}>
                {s.name}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="bulk-status" className="block text-sm font-semibold">
            Status
          </label>
          <select id="bulk-status" name="status" defaultValue="" className={`mt-1 ${inputClass} min-h-9 py-1`}>
            <option value="">—</option>
            {statuses.map((s) => (
              <option key={s} value={s}>
                {statusLabels[s]}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="btn btn-secondary min-h-9 py-1" disabled={pending}>
          Apply to selected
        </button>
        <FormResult message={error ?? message} ok={ok} className="w-full" />
      </fieldset>
      {children}
    </form>
  );
}

/** Ticks or clears every row checkbox of the form it is in. */
export function SelectAll() {
  return (
    <input
      type="checkbox"
      aria-label="Select all inquiries on this page"
      className="h-4 w-4"
      onChange={(e) => {
        for (const box of e.currentTarget.form?.querySelectorAll<HTMLInputElement>('input[name="inquiryIds"]') ?? [])
          box.checked = e.currentTarget.checked;
      }}
    />
  );
}
