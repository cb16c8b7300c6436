import "server-only";
import { forbidden, unauthorized } from "next/navigation";
import { getServerSession } from "next-auth";
import { cache } from "react";
import { authOptions } from "@/lib/auth/options";
import { findActiveStaff } from "@/lib/auth/staff-members";
import type { StaffRole } from "@/lib/generated/prisma/enums";

export type Staff = NonNullable<Awaited<ReturnType<typeof findActiveStaff>>>;
export type StaffCheck = { status: "anonymous" } | { status: "not-staff"; email: string } | { status: "staff"; staff: Staff };

/**
 * Who is asking, checked on the server from the session cookie: the session (database) and the
 * allowlist entry are both read on every request, so a removed member loses access at once.
 */
export const checkStaff = cache(async (): Promise<StaffCheck> => {
  const session = await getServerSession(authOptions);
  const email = session?.user?.email;
  if (!email) return { status: "anonymous" };
  const staff = await findActiveStaff(email);
  return staff ? { status: "staff", staff } : { status: "not-staff", email };
});

/**
 * The guard every staff page, server action and route handler starts with. Anonymous: 401 (the page
 * shows the sign-in link); signed in but not active staff, or an agent where an admin is needed: 403.
 */
export async function requireStaff(role: StaffRole = "AGENT"): Promise<Staff> {
  const check = await checkStaff();
  if (check.status === "anonymous") unauthorized();
  if (check.status === "not-staff") forbidden();
  if (role === "ADMIN" && check.staff.role !== "ADMIN") forbidden();
  return check.staff;
}
