import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { env } from "@/lib/env";
import { getMailboxMessage, renderOutboxMessage } from "@/lib/mail/outbox";
import { isDevMailboxEnabled } from "@/lib/mail/transport";

export const metadata: Metadata = { title: "Dev mailbox", robots: { index: false } };

export default async function DevMailboxMessagePage({ params }: PageProps<"/dev/mailbox/[id]">) {
  await connection();
  if (!isDevMailboxEnabled()) notFound();
  const message = await getMailboxMessage({ id: (await params).id });
  if (!message) notFound();
  const headers: [string, string | null][] = [
    ["From", message.fromAddress],
    ["To", message.toAddress],
    ["Reply-To", message.replyTo],
    ["Subject", message.subject],
    ["Message-ID", message.messageId],
    ["In-Reply-To", message.inReplyTo],
    ["References", message.references],
    ["Status", `${message.status}${message.sentAt ? ` at ${message.sentAt.toISOString()}` : ""} (${message.attempts} attempt(s))`],
    ["Last error", message.lastError],
  ];
  // Rendered as the worker renders it when sending; the retention cleanup may have emptied it.
  const body = message.bodyRemovedAt
    ? { html: "", text: "(removed by the retention cleanup)" }
    : await renderOutboxMessage(message).catch((error: unknown) => ({
        html: "",
        text: `Could not render the email: ${error instanceof Error ? error.message : String(error)}`,
      }));
  return (
    <div className="container-page py-8">
      <p className="text-sm">
        <Link href="/dev/mailbox">← Dev mailbox</Link>
      </p>
      <h1 className="mt-2 text-2xl">{message.subject}</h1>
      <dl className="spec-list mt-4">
        {headers
          .filter(([, v]) => v)
          .map(([k, v]) => (
            <div key={k} className="contents">
              <dt>{k}</dt>
              <dd className="identifier">{v}</dd>
            </div>
          ))}
      </dl>
      <h2 className="mt-8 text-xl">HTML part</h2>
      {/* No script, forms or navigation of this page; its links (all target="_blank") open a new tab,
          as they would from a mail client, so the private link to the request page can be followed. */}
      <iframe
        title={`HTML part of: ${message.subject}`}
        sandbox="allow-popups allow-popups-to-escape-sandbox"
        srcDoc={body.html}
        className="mt-2 h-[36rem] w-full rounded-md border border-line bg-white"
      />
      <h2 className="mt-8 text-xl">Plain-text part</h2>
      <pre className="card mt-2 overflow-x-auto whitespace-pre-wrap p-4 text-sm">
        <LinkifiedText text={body.text} />
      </pre>
    </div>
  );
}

/** Links to this site become clickable (sign-in links are never shown here); any other address stays text. */
function LinkifiedText({ text }: { text: string }) {
  const origin = new URL(env.SITE_URL).origin;
  return text.split(/(https?:\/\/[^\s<>"\]]+)/g).map((part, i) =>
    part.startsWith(`${origin}/`) ? (
      <a key={i} href={part}>
        {part}
      </a>
    ) : (
      part
    ),
  );
}
