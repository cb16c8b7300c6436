import type { Metadata } from "next";
import { TOO_MANY_REQUESTS } from "@/app/sign-in/messages";
import { SignInForm } from "@/app/sign-in/sign-in-form";
import { AuthCard } from "@/app/_components/staff/auth-card";

export const metadata: Metadata = { title: "Staff sign-in", robots: { index: false } };

// next-auth's error codes, in words. AccessDenied comes only from using a link: the address is not
// (or no longer) on the staff list. Asking for a link never says whether an address is.
const errors: Record<string, string> = {
  AccessDenied: "This address is not an active member of the Reagent Desk staff, so it cannot sign in. Ask an administrator to add you.",
  Verification: "That sign-in link has expired or was already used. Ask for a new one below.",
  EmailSignin: "The sign-in email could not be queued. Please try again in a minute.",
  TooManyRequests: TOO_MANY_REQUESTS,
};

/** Only staff-relative paths are followed after sign-in, never another site. */
function safeCallback(value: unknown) {
  return typeof value === "string" && value.startsWith("/staff") && !value.startsWith("//") ? value : "/staff";
}

export default async function SignInPage({ searchParams }: PageProps<"/sign-in">) {
  const params = await searchParams;
  const error = typeof params.error === "string" ? (errors[params.error] ?? "Sign-in failed. Please try again.") : undefined;
  return (
    <AuthCard title="Staff sign-in">
      <p className="text-sm text-ink-muted">
        Enter your work email. If it is on the staff list, we email you a link that signs you in; it works once, for 30 minutes. One link a
        minute is sent to an address.
      </p>
      <SignInForm callbackUrl={safeCallback(params.callbackUrl)} initialError={error} />
    </AuthCard>
  );
}
