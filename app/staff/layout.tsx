import type { Metadata } from "next";
import { StaffNav } from "@/app/_components/staff/staff-nav";
import { SignOutButton } from "@/app/_components/staff/sign-out-button";
import { requireStaff } from "@/lib/auth/require-staff";
import { site } from "@/lib/site";

export const metadata: Metadata = {
  title: { default: "Staff", template: `%s · Staff | ${site.name}` },
  robots: { index: false, follow: false },
};

// Every page below also calls requireStaff itself: a layout is not re-run on every navigation, so it
// cannot be the only check.
export default async function StaffLayout({ children }: { children: React.ReactNode }) {
  const staff = await requireStaff();
  return (
    <div className="flex min-h-screen flex-col bg-wash">
      <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:bg-white focus:p-2">
        Skip to content
      </a>
      <header className="border-b border-line bg-white">
        <div className="mx-auto flex max-w-7xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-3">
          <p className="font-bold text-brand">
            {site.name} <span className="font-normal text-ink-muted">Staff</span>
          </p>
          <StaffNav isAdmin={staff.role === "ADMIN"} />
          <div className="ml-auto flex items-center gap-3 text-sm">
            <span>
              {staff.name} <span className="text-ink-muted">({staff.role === "ADMIN" ? "admin" : "agent"})</span>
            </span>
            <SignOutButton className="btn btn-secondary min-h-9 px-3 py-1 text-sm" />
          </div>
        </div>
      </header>
      <main id="main" className="mx-auto w-full max-w-7xl flex-1 px-4 py-6">
        {children}
      </main>
    </div>
  );
}
