import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { StaffRole } from "@/lib/generated/prisma/enums";

export type StaffEntry = { email: string; role: StaffRole; name: string };

/** "ada@lab.example:admin, ben@lab.example" → entries; the role defaults to agent. */
export function parseStaffEmails(value: string): StaffEntry[] {
  return value
    .split(",")
    .map((part) => part.trim())
    .filter(Boolean)
    .map((part) => {
      const [rawEmail = "", rawRole = "agent"] = part.split(":").map((s) => s.trim());
      const email = rawEmail.toLowerCase();
      if (!/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(email)) throw new Error(`STAFF_EMAILS: "${rawEmail}" is not an email address`);
      const role = rawRole.toUpperCase();
      if (role !== "ADMIN" && role !== "AGENT") throw new Error(`STAFF_EMAILS: role of ${email} must be admin or agent, not "${rawRole}"`);
      const local = (email.split("@")[0] ?? "").replace(/[._-]+/g, " ");
      return { email, role, name: local.replace(/\b\w/g, (c) => c.toUpperCase()) };
    });
}

/**
 * Add the listed staff to the allowlist. Existing members are left as they are: once seeded, the
 * database (managed at /staff/team) is the record, and a re-seed must not undo an admin's change.
 */
export async function seedStaff(db: PrismaClient, entries: StaffEntry[]) {
  for (const entry of entries) {
    await db.staffMember.upsert({ where: { email: entry.email }, create: entry, update: {} });
  }
  return entries.length;
}
