"use client";
// A client component, so that every page's RSC payload names this boundary's UI (~30 bytes) instead of
// carrying its whole element tree: Next puts it into the payload of every page, public ones included,
// whether or not it is shown (bench/README.md, "Page throughput").
import Link from "next/link";
import { AuthCard } from "@/app/_components/staff/auth-card";

// 401: a staff page was asked for without a valid session.
export default function Unauthorized() {
  return (
    <AuthCard title="Please sign in">
      <p>This page is for Reagent Desk staff. Your session has expired or you are not signed in.</p>
      <p className="mt-5">
        <Link href="/sign-in" className="btn btn-primary">
          Sign in
        </Link>
      </p>
    </AuthCard>
  );
}
