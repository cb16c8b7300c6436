import type { Metadata } from "next";
import Link from "next/link";
import { AuthCard } from "@/app/_components/staff/auth-card";
import { isDevMailboxEnabled } from "@/lib/mail/transport";

export const metadata: Metadata = { title: "Check your email", robots: { index: false } };

export default async function CheckEmailPage({ searchParams }: PageProps<"/sign-in/check-email">) {
  const { email } = await searchParams;
  return (
    <AuthCard title="Check your email">
      <p role="status">
        We sent a sign-in link to <strong>{typeof email === "string" ? email : "your address"}</strong>. Open it on this device within 30 minutes.
      </p>
      {isDevMailboxEnabled() ? (
        <p className="mt-4 rounded-md bg-brand-wash p-3 text-sm">
          Development: the email is in the <Link href="/dev/mailbox">dev mailbox</Link>.
        </p>
      ) : null}
      <p className="mt-4 text-sm">
        <Link href="/sign-in">Use another address</Link>
      </p>
    </AuthCard>
  );
}
