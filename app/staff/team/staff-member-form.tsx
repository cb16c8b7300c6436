"use client";
import { Field, inputClass, valueOf } from "@/app/_components/forms/field";
import { FormActions } from "@/app/_components/staff/form-row";
import { useStaffForm } from "@/app/_components/staff/use-staff-form";
import type { InquiryKind, StaffRole } from "@/lib/generated/prisma/enums";
import { inquiryKinds } from "@/lib/inquiries/kinds";
import { staffMemberSchema } from "@/lib/triage/schemas";
import { saveStaffMemberAction } from "./actions";

type Member = { id: string; email: string; name: string; role: StaffRole; active: boolean; autoAssignKinds: InquiryKind[] };

/** Add a staff member (no `member`) or edit one. */
export function StaffMemberForm({ member }: { member?: Member }) {
  const { errors, formRef, message, ok, onSubmit, pending, state } = useStaffForm(staffMemberSchema, saveStaffMemberAction, {
    resetOnSuccess: !member,
  });
  const values = state.status === "error" ? state.values : undefined;
  const prefix = member ? `member-${member.id}` : "new-member";
  const kinds = Object.entries(inquiryKinds) as [InquiryKind, (typeof inquiryKinds)[InquiryKind]][];
  return (
    <form
      ref={formRef}
      onSubmit={onSubmit}
      className="grid gap-3 sm:grid-cols-2"
      aria-label={member ? `Edit ${member.email}` : "Add a staff member"}
    >
      {member ? <input type="hidden" name="id" value={member.id} /> : null}
      <Field id={`${prefix}-email`} name="email" label="Email" errors={errors} required>
        {(props) => <input {...props} type="email" defaultValue={valueOf(values, "email", member?.email)} className={inputClass} />}
      </Field>
      <Field id={`${prefix}-name`} name="name" label="Name" errors={errors} required>
        {(props) => <input {...props} defaultValue={valueOf(values, "name", member?.name)} className={inputClass} />}
      </Field>
      <Field id={`${prefix}-role`} name="role" label="Role" errors={errors} required>
        {(props) => (
          <select {...props} defaultValue={valueOf(values, "role", member?.role ?? "AGENT")} className={inputClass}>
            <option value="AGENT">Agent: triages and replies</option>
            <option value="ADMIN">Admin: also manages team, canned replies, audit</option>
          </select>
        )}
      </Field>
      <fieldset>
        <legend className="text-sm font-semibold">Round-robin assignment of new</legend>
        <div className="mt-1 flex flex-wrap gap-x-4 gap-y-1">
          {kinds.map(([kind, k]) => (
            <label key={kind} className="flex min-h-9 items-center gap-2 text-sm">
              <input
                type="checkbox"
                name="autoAssignKinds"
                value={kind}
                defaultChecked={member?.autoAssignKinds.includes(kind)}
                className="h-4 w-4"
              />
              {k.label}s
            </label>
          ))}
        </div>
      </fieldset>
      <label className="flex min-h-9 items-center gap-2 text-sm font-semibold">
        <input type="checkbox" name="active" defaultChecked={member?.active ?? true} className="h-4 w-4" /> Active (may sign in)
      </label>
      <FormActions label={member ? "Save" : "Add staff member"} pending={pending} message={message} ok={ok} wrap="sm:col-span-2" />
    </form>
  );
}
