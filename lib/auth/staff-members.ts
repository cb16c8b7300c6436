import "server-only";
import { db } from "@/lib/db";

export const staffSelect = { id: true, email: true, name: true, role: true, active: true } as const;

export async function findActiveStaff(email: string) {
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
