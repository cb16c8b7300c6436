"use client";
import { inputClass } from "@/app/_components/forms/field";
import { FilterSelect } from "@/app/_components/staff/form-row";
import { FormResult } from "@/app/_components/staff/form-result";
import { useStaffForm } from "@/app/_components/staff/use-staff-form";
import type { InquiryStatus } from "@/lib/generated/prisma/enums";
import { bulkSchema } from "@/lib/triage/schemas";
import { statusLabels } from "@/lib/inquiries/status";
import { bulkAction } from "./actions";

// The bar sits above a long table: its controls are shorter than a form's.
const compact = `${inputClass} min-h-9 py-1`;

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
        <FilterSelect
          id="bulk-action"
          name="action"
          label="With selected"
          value="assign"
          options={[
            ["assign", "Assign to…"],
            ["status", "Set status to…"],
            ["spam", "Mark as spam"],
          ]}
          className={compact}
        />
        <FilterSelect
          id="bulk-assignee"
          name="assigneeId"
          label="Assignee"
          value=""
          any="Unassigned"
          options={staff.map((s) => [s.id, s.name] as const)}
          className={compact}
        />
        <FilterSelect
          id="bulk-status"
          name="status"
          label="Status"
          value=""
          any="—"
          options={statuses.map((s) => [s, statusLabels[s]] as const)}
          className={compact}
        />
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
