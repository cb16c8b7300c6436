import type { Metadata } from "next";
import { formatDateTime } from "@/app/_components/format-date";
import { requireStaff } from "@/lib/auth/require-staff";
import { listStaff } from "@/lib/auth/staff-members";
import { StaffMemberForm } from "./staff-member-form";

export const metadata: Metadata = { title: "Team" };

export default async function TeamPage() {
  await requireStaff("ADMIN");
  const team = await listStaff();
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl">Team</h1>
        <p className="mt-1 text-sm text-ink-muted">
          The staff list is the sign-in allowlist: only active members receive a sign-in link. Deactivating someone ends their access at
          their next request. New inquiries of a kind are assigned in turn to the active members who take part in its round robin.
        </p>
      </div>
      <ul className="space-y-4">
        {team.map((member) => (
          <li key={member.id} className={`card p-4 ${member.active ? "bg-white" : "bg-wash"}`}>
            <p className="mb-3 text-sm text-ink-muted">
              <strong className="text-ink">{member.name}</strong> · {member.active ? "active" : "inactive"}
              {member.lastAutoAssignedAt ? ` · last round-robin assignment ${formatDateTime(member.lastAutoAssignedAt)}` : ""}
            </p>
            <StaffMemberForm member={member} />
          </li>
        ))}
      </ul>
      <section className="card bg-white p-4" aria-labelledby="add-heading">
        <h2 id="add-heading" className="mb-3 text-lg">
          Add a staff member
        </h2>
        <StaffMemberForm />
      </section>
    </div>
  );
}
