import Link from "next/link";
import { site } from "@/lib/site";

/** The narrow centred card of the sign-in, 401 and 403 pages. */
export function AuthCard({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <main id="main" className="flex min-h-screen items-start justify-center bg-wash px-4 py-16">
      <div className="card w-full max-w-md bg-white p-6">
        <p className="text-sm font-bold text-brand">
          <Link href="/" className="no-underline">
            {site.name}
          </Link>{" "}
          <span className="font-normal text-ink-muted">· Staff</span>
        </p>
        <h1 className="mt-3 text-2xl">{title}</h1>
        <div className="mt-3">{children}</div>
      </div>
    </main>
  );
}
