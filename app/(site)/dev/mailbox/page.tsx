import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { groupConversations } from "@/lib/mail/conversations";
import { listMailbox } from "@/lib/mail/outbox";
import { isDevMailboxEnabled } from "@/lib/mail/transport";

export const metadata: Metadata = { title: "Dev mailbox", robots: { index: false } };

const statusStyle = { PENDING: "bg-warn-wash text-warn", SENT: "bg-brand-wash text-brand-dark", FAILED: "bg-red-50 text-red-900" } as const;

export default async function DevMailboxPage() {
  await connection();
  if (!isDevMailboxEnabled()) notFound();
  const messages = await listMailbox();
  const conversations = groupConversations(messages);
  return (
    <div className="container-page py-8">
      <h1 className="text-3xl">Dev mailbox</h1>
      <p className="mt-2 max-w-3xl text-ink-muted">
        Every email the app has queued, one conversation per inquiry (its notification, acknowledgment and replies, oldest first), the
        latest conversation first, except staff sign-in links (without <code>SMTP_URL</code> those are written to the server&apos;s log).
        Without <code>SMTP_URL</code> nothing is sent: messages wait here as PENDING and go out once a mail server is configured. This page
        exists only in development (or with <code>DEV_MAILBOX=true</code>).
      </p>
      {messages.length === 0 ? (
        <p className="card mt-6 p-6">No emails yet. Send a quote request, and its two messages appear here.</p>
      ) : (
        <div className="mt-6 overflow-x-auto">
          <table className="data-table">
            <thead>
              <tr>
                <th scope="col">Queued</th>
                <th scope="col">To</th>
                <th scope="col">Subject</th>
                <th scope="col">Status</th>
              </tr>
            </thead>
            {conversations.map((conversation) => {
              const reference = conversation.messages[0]!.inquiry?.reference;
              return (
                <tbody key={conversation.key} aria-label={reference ? `Conversation ${reference}` : undefined}>
                  {reference ? (
                    <tr>
                      <th scope="rowgroup" colSpan={4} className="bg-wash text-left">
                        {reference} · {conversation.messages.length} {conversation.messages.length === 1 ? "message" : "messages"}
                      </th>
                    </tr>
                  ) : null}
                  {conversation.messages.map((m, i) => (
                    <tr key={m.id}>
                      <td className="whitespace-nowrap">{m.createdAt.toISOString().replace("T", " ").slice(0, 19)}</td>
                      <td>{m.toAddress}</td>
                      {/* Later messages of a conversation are indented under its first, as a mail client shows a thread. */}
                      <td className={reference && i > 0 ? "pl-8" : undefined}>
                        <Link href={`/dev/mailbox/${m.id}`}>{m.subject}</Link>
                      </td>
                      <td>
                        <span className={`tag ${statusStyle[m.status]}`}>{m.status}</span>
                        {m.attempts ? <span className="ml-2 text-xs text-ink-muted">{m.attempts} attempt(s)</span> : null}
                      </td>
                    </tr>
                  ))}
                </tbody>
              );
            })}
          </table>
        </div>
      )}
    </div>
  );
}
