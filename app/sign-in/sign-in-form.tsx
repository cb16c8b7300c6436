"use client";
import { signIn } from "next-auth/react";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { inputClass } from "@/app/_components/forms/field";
import { TOO_MANY_REQUESTS } from "@/app/sign-in/messages";

export function SignInForm({ callbackUrl, initialError }: { callbackUrl: string; initialError?: string }) {
  const router = useRouter();
  const [email, setEmail] = useState("");
  const [error, setError] = useState(initialError);
  const [pending, setPending] = useState(false);

  async function submit(event: React.FormEvent) {
    event.preventDefault();
    if (!/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(email.trim())) {
      setError("Enter your email address, for example name@reagentdesk.example.");
      return;
    }
    setPending(true);
    setError(undefined);
    const result = await signIn("email", { email: email.trim(), callbackUrl, redirect: false });
    setPending(false);
    // Every address gets the same answer; only the client's own limit is ever reported.
    if (result?.error === "TooManyRequests") {
      setError(TOO_MANY_REQUESTS);
    } else if (result?.error || !result?.ok) {
      setError("The sign-in link could not be sent. Please try again in a minute.");
    } else {
      router.push(`/sign-in/check-email?email=${encodeURIComponent(email.trim())}`);
    }
  }

  return (
    <form onSubmit={submit} noValidate className="mt-5 space-y-4">
      <div>
        <label htmlFor="email" className="block text-sm font-semibold">
          Work email
        </label>
        <input
          id="email"
          name="email"
          type="email"
          autoComplete="email"
          required
          value={email}
          onChange={(e) => setEmail(e.target.value)}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? "email-error" : undefined}
          className={`mt-1 ${inputClass}`}
        />
        {error ? (
          <p id="email-error" role="alert" className="mt-1 text-sm text-red-800">
            {error}
          </p>
        ) : null}
      </div>
      <button type="submit" className="btn btn-primary w-full" disabled={pending}>
        {pending ? "Sending…" : "Email me a sign-in link"}
      </button>
    </form>
  );
}
