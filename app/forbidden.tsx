"use client";
// A client component, so that every page's RSC payload names this boundary's UI (~30 bytes) instead of
// carrying its whole element tree: Next puts it into the payload of every page, public ones included,
// whether or not it is shown (bench/README.md, "Page throughput").
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
