import type { Metadata } from "next";
import Link from "next/link";
import { connection } from "next/server";
import { env } from "@/lib/env";
import { retentionPeriods } from "@/lib/mail/cleanup";
import { site } from "@/lib/site";

export const metadata: Metadata = {
  title: "Privacy notice",
  description: "What Reagent Desk keeps from quote, custom-synthesis and support requests, and for how long.",
  alternates: { canonical: "/privacy" },
};

const days = (n: number) => (n === 1 ? "1 day" : `${n} days`);
const hours = (n: number) => (n === 1 ? "1 hour" : `${n} hours`);

/**
 * The periods come from the settings the retention cleanup runs with (lib/mail/cleanup.ts) and the
 * requester links are issued with, read per request: what the page says is what the server does.
 */
export default async function PrivacyPage() {
  await connection();
  const { sentMailBodyDays, rateLimitHours } = retentionPeriods();
  const rows: { what: string; kept: string }[] = [
    {
      what: "Your request: what you asked for (products, quantities, structures, end-use statement, notes) and your confirmation that it is for research use only, with its time",
      kept: "Kept with the request; not deleted automatically. Ask us to delete it (below).",
    },
    {
      what: "Your contact details: name, email address, institution, country, phone",
      kept: "Kept with the request; not deleted automatically.",
    },
    {
      what: "Files you send: licence or registration documents, purchase orders, attachments to emails and to your request page",
      kept: "Kept with the request's conversation; not deleted automatically.",
    },
    {
      what: "The conversation: your messages and our replies, and the quotes and orders that follow",
      kept: "Kept with the request; not deleted automatically.",
    },
    {
      what: "Audit log: which staff member changed what on your request (status, assignment, licence checks), and when",
      kept: "Kept; not deleted automatically.",
    },
    {
      what: "Mail log: the emails we send you (acknowledgment, replies, quotes)",
      kept: `The text of a sent email is deleted ${days(sentMailBodyDays)} after sending. Its subject, addresses, time and status stay, so that replies stay in their thread. An email not yet sent keeps its text until it is sent.`,
    },
    {
      what: "The network address (IP) your request came from",
      kept: "Stored with the request, to trace abuse; not deleted automatically.",
    },
    {
      what: "Counters that limit how many requests one address or email address can send",
      kept: `Deleted ${hours(rateLimitHours)} after they start.`,
    },
    {
      what: "Private links to your request page (sent by email)",
      kept: `Each link works for ${days(env.REQUESTER_LINK_DAYS)}; you can ask for a new one at any time.`,
    },
  ];

  return (
    <div className="container-page max-w-3xl py-8">
      <h1 className="text-3xl">Privacy notice</h1>
      <p className="mt-2 text-ink-muted">
        {site.legalName} keeps what you send with a quote request, a custom-synthesis request or a scientific support question so that we
        can answer it, prepare quotes and orders, and check licences for controlled substances. We do not sell it or use it for marketing.
      </p>

      <h2 className="mt-8 text-xl">What we keep, and for how long</h2>
      {/* Two columns of prose that wrap: it fits a phone without a scrolling region. */}
      <div className="mt-3">
        <table className="data-table w-full">
          <caption className="sr-only">What we keep and for how long</caption>
          <thead>
            <tr>
              <th scope="col">What</th>
              <th scope="col">How long</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.what}>
                <td>{row.what}</td>
                <td>{row.kept}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="mt-3 text-sm text-ink-muted">
        The deletions above run automatically every {Math.max(1, Math.round(env.CLEANUP_INTERVAL_MS / 60_000))} minutes. The server&apos;s
        own logs record events such as &ldquo;request stored&rdquo; with its reference; how long the host keeps them is set by the hosting,
        not by this application.
      </p>

      <h2 className="mt-8 text-xl">Your choices</h2>
      <p className="mt-2">
        To see, correct or delete what we hold about you, email <a href={`mailto:${site.email}`}>{site.email}</a> from the address you used.
        Records we must keep by law (for example licence checks for controlled substances and invoices) are kept for the period the law
        sets.
      </p>
      <p className="mt-6">
        <Link href="/quote">Request a quote</Link> · <Link href="/custom-synthesis">Custom synthesis</Link> ·{" "}
        <Link href="/support">Scientific support</Link>
      </p>
    </div>
  );
}
