import type { Metadata } from "next";
import Link from "next/link";
import { connection } from "next/server";
import { formatDateTime } from "@/app/_components/format-date";
import { inquiryKinds } from "@/lib/inquiries/kinds";
import { listOwnRequests } from "@/lib/requesters/access";
import { currentRequester } from "@/lib/requesters/session";
import { statusInWords } from "@/lib/requesters/status-words";
import { ResendForm } from "./resend-form";
import { SignOutForm } from "./sign-out-form";

export const metadata: Metadata = { title: "My requests", robots: { index: false, follow: false } };

// Why a link did not open its page. The words do not say whether the reference exists.
const linkProblems: Record<string, string> = {
  expired: "This link has expired.",
  revoked: "This link is no longer valid: it was withdrawn.",
  invalid: "This link is not valid. It may have been copied incompletely.",
};

export default async function RequestsPage({ searchParams }: PageProps<"/requests">) {
  await connection();
  const query = await searchParams;
  const problem = typeof query.link === "string" ? linkProblems[query.link] : undefined;
  const reference = typeof query.reference === "string" && /^[A-Z]{1,3}-\d{4}-\d{6}$/.test(query.reference) ? query.reference : undefined;
  const session = await currentRequester();
  const requests = session ? await listOwnRequests(session) : [];

  return (
    <div className="container-page max-w-4xl space-y-8 py-8">
      <header className="flex flex-wrap items-start justify-between gap-3">
        <div>
          <h1 className="text-3xl">My requests</h1>
          <p className="mt-2 max-w-2xl text-ink-muted">
            Follow your quote requests and questions, read our replies and quotes, and accept a quote. No password: each email from us
            carries a private link.
          </p>
        </div>
        {session ? <SignOutForm /> : null}
      </header>

      {problem ? (
        <div role="alert" className="rounded-md border border-warn bg-warn-wash p-4">
          <p className="font-semibold">{problem}</p>
          <p className="mt-1 text-sm">Ask for a new link below: we send it to the address the request came from.</p>
        </div>
      ) : null}

      {session ? (
        <section aria-labelledby="list-heading">
          <h2 id="list-heading" className="text-xl">
            Requests from {session.email}
          </h2>
          <ul className="mt-3 divide-y divide-line rounded-md border border-line bg-white">
            {requests.map((r) => (
              <li key={r.reference} className="flex flex-wrap items-baseline justify-between gap-2 p-4">
                <span>
                  <Link href={`/requests/${r.reference}`} className="identifier font-semibold">
                    {r.reference}
                  </Link>{" "}
                  <span className="text-sm text-ink-muted">
                    {inquiryKinds[r.kind].label} · {formatDateTime(r.createdAt)}
                  </span>
                </span>
                <span className="text-sm">
                  {statusInWords({ kind: r.kind, status: r.status, latestQuote: r.quotes[0], order: r.orders[0] })}
                </span>
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      {!session || problem ? (
        <section aria-labelledby="resend-heading" className="card bg-white p-5">
          <h2 id="resend-heading" className="text-xl">
            Send me a new link
          </h2>
          <p className="mt-1 mb-4 text-sm text-ink-muted">Give the address you wrote from and the reference of the request.</p>
          <ResendForm reference={reference} />
        </section>
      ) : null}
    </div>
  );
}
