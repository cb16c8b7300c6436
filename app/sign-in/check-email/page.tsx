import type { Metadata } from "next";
import Link from "next/link";
import { AuthCard } from "@/app/_components/staff/auth-card";
import { env } from "@/lib/env";

export const metadata: Metadata = { title: "Check your email", robots: { index: false } };

// The same words for every address, on the staff list or not: the page tells nobody who is staff.
export default async function CheckEmailPage({ searchParams }: PageProps<"/sign-in/check-email">) {
  const { email } = await searchParams;
  return (
    <AuthCard title="Check your email">
      <p role="status">If this address belongs to a staff member, a link is on its way.</p>
      {typeof email === "string" ? (
        <p className="mt-2 text-sm">
          Address: <strong>{email}</strong>
        </p>
      ) : null}
      <p className="mt-4 text-sm text-ink-muted">
        Open the link on this device within 30 minutes. One link a minute goes to an address; a link sent earlier still works.
      </p>
      {env.SMTP_URL ? null : (
        <p className="mt-4 rounded-md bg-brand-wash p-3 text-sm">
          No mail server is configured: the link is written to the server&apos;s log, for its operator.
        </p>
      )}
      <p className="mt-4 text-sm">
        <Link href="/sign-in">Use another address</Link>
      </p>
    </AuthCard>
  );
}
