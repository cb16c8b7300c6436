import "server-only";
import { db } from "@/lib/db";
import type { InquiryKind } from "@/lib/generated/prisma/enums";
import { hasInvisible } from "@/lib/core/plain-text";
import { recordAudit } from "@/lib/core/audit";
import { DomainError } from "@/lib/core/domain-error";

export const staffSelect = { id: true, email: true, name: true, role: true, active: true } as const;

export async function findActiveStaff(email: string) {
  // No address on the list has these, and PostgreSQL refuses a NUL even in a lookup.
  if (hasInvisible(email)) return null;
  const member = await db.staffMember.findUnique({ where: { email: email.trim().toLowerCase() }, select: staffSelect });
  return member?.active ? member : null;
}

export async function listStaff({ activeOnly = false }: { activeOnly?: boolean } = {}) {
  return db.staffMember.findMany({
    where: activeOnly ? { active: true } : undefined,
    orderBy: [{ active: "desc" }, { name: "asc" }],
    select: { ...staffSelect, autoAssignKinds: true, lastAutoAssignedAt: true },
  });
}

type StaffInput = {
  id?: string;
  email: string;
  name: string;
  role: "AGENT" | "ADMIN";
  active: boolean;
  autoAssignKinds: InquiryKind[];
};

/**
 * Add someone to the allowlist or change their entry. An admin cannot demote or deactivate
 * themselves, so the team can never lock itself out of administration.
 */
export async function saveStaffMember(input: StaffInput, actor: { id: string }) {
  if (input.id === actor.id && (input.role !== "ADMIN" || !input.active)) {
    throw new DomainError("not-allowed", "You cannot remove your own administrator role or deactivate yourself; ask another admin.");
  }
  const clash = await db.staffMember.findUnique({ where: { email: input.email }, select: { id: true } });
  if (clash && clash.id !== input.id) throw new DomainError("conflict", "Someone on the staff list already has this email address.");
  const { id, ...data } = input;
  await db.$transaction(async (tx) => {
    const before = id
      ? await tx.staffMember.findUnique({
          where: { id },
          select: { email: true, name: true, role: true, active: true, autoAssignKinds: true },
        })
      : null;
    if (id && !before) throw new DomainError("not-found", "This staff member no longer exists.");
    if (id) await tx.staffMember.update({ where: { id }, data });
    else await tx.staffMember.create({ data });
    await recordAudit(tx, { actorId: actor.id, action: id ? "staff.update" : "staff.create", before: before ?? undefined, after: data });
  });
}
