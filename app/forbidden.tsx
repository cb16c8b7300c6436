import Link from "next/link";
import { SignOutButton } from "@/app/_components/staff/sign-out-button";
import { AuthCard } from "@/app/_components/staff/auth-card";

// 403: signed in, but not (or no longer) active staff, or an agent on an admin page.
export default function Forbidden() {
  return (
    <AuthCard title="Access denied">
      <p>Your account may not open this page. Staff pages need an active staff account, and some need the administrator role.</p>
      <p className="mt-5 flex flex-wrap items-center gap-4">
        <Link href="/staff">Staff dashboard</Link>
        <SignOutButton />
      </p>
    </AuthCard>
  );
}
