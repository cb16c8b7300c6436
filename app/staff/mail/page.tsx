import type { Metadata } from "next";
import { formatDateTime } from "@/app/_components/format-date";
import { requireStaff } from "@/lib/auth/require-staff";
import { listFailedMessages, requeueRefusal } from "@/lib/mail/requeue";
import { listUnmatchedMessages } from "@/lib/triage/inbound-email";
import { FileMessageForm } from "./file-message-form";
import { RequeueForm } from "./requeue-form";

export const metadata: Metadata = { title: "Unmatched mail" };

const LIMIT = 100;

const kib = (size: number) => `${Math.max(1, Math.ceil(size / 1024)).toLocaleString("en")} KiB`;

export default async function UnmatchedMailPage() {
  const staff = await requireStaff();
  const [messages, failed] = await Promise.all([listUnmatchedMessages({ limit: LIMIT }), listFailedMessages()]);
  return (
    <div>
      <h1 className="text-2xl">Unmatched mail</h1>
      <p className="mt-1 max-w-3xl text-ink-muted">
        Emails that neither answer one of our messages nor come from the requester of the reference in their subject. Read each one and file
        it under its inquiry; it then joins that inquiry&apos;s conversation.
      </p>
      {messages.length === 0 ? (
        <p className="card mt-6 p-6">No unmatched mail.</p>
      ) : (
        <>
          {messages.length === LIMIT ? (
            <p className="mt-4 text-sm text-ink-muted">Showing the newest {LIMIT}; file these to see older ones.</p>
          ) : null}
          <ul className="mt-6 space-y-4">
            {messages.map((m) => (
              <li key={m.id} className="card p-4">
                <article aria-labelledby={`subject-${m.id}`} className="grid gap-4 md:grid-cols-[1fr_auto]">
                  <div className="min-w-0">
                    <h2 id={`subject-${m.id}`} className="text-lg font-semibold break-words">
                      {m.subject || <span className="text-ink-muted">(no subject)</span>}
                    </h2>
                    <p className="mt-1 text-sm text-ink-muted">
                      From <span className="text-ink">{m.fromAddress}</span>
                      {m.toAddress ? <> to {m.toAddress}</> : null} ·{" "}
                      <time dateTime={m.createdAt.toISOString()}>{formatDateTime(m.createdAt)}</time>
                    </p>
                    {m.flagReason ? (
                      <p className="mt-2 rounded border-l-4 border-warn bg-warn-wash px-3 py-2 text-sm text-warn" role="note">
                        <strong>Check the sender.</strong> {m.flagReason}
                      </p>
                    ) : null}
                    <p className="mt-3 whitespace-pre-wrap break-words border-l-4 border-line pl-3 text-sm">
                      {m.excerpt || <span className="text-ink-muted">(no text)</span>}
                    </p>
                    {m.attachments.length ? (
                      <ul className="mt-3 text-sm" aria-label="Attachments">
                        {m.attachments.map((a) => (
                          <li key={a.id}>
                            📎 <a href={`/staff/attachments/${a.id}`}>{a.filename}</a>{" "}
                            <span className="text-ink-muted">({kib(a.size)})</span>
                          </li>
                        ))}
                      </ul>
                    ) : null}
                  </div>
                  <FileMessageForm messageId={m.id} />
                </article>
              </li>
            ))}
          </ul>
        </>
      )}
      <section aria-labelledby="failed-heading" className="mt-10">
        <h2 id="failed-heading" className="text-xl">
          Failed outgoing mail
        </h2>
        <p className="mt-1 max-w-3xl text-ink-muted">
          Emails the outbox stopped retrying after its last attempt. Once the cause is fixed (the mail server, a mistyped address), an admin
          can send one again; that is recorded in the audit log.
        </p>
        {failed.length === 0 ? (
          <p className="card mt-4 p-4">No failed mail.</p>
        ) : (
          <ul className="mt-4 space-y-3">
            {failed.map((m) => {
              const refusal = requeueRefusal(m);
              return (
                <li key={m.id} className="card grid gap-3 p-4 md:grid-cols-[1fr_auto]">
                  <div className="min-w-0">
                    <h3 className="font-semibold break-words">{m.subject}</h3>
                    <p className="text-sm text-ink-muted">
                      To <span className="text-ink">{m.toAddress}</span>
                      {m.inquiry ? <> · {m.inquiry.reference}</> : null} · {m.attempts} attempts · queued{" "}
                      <time dateTime={m.createdAt.toISOString()}>{formatDateTime(m.createdAt)}</time>
                    </p>
                    {m.lastError ? <p className="mt-1 text-sm break-words text-red-900">Last error: {m.lastError}</p> : null}
                  </div>
                  {refusal ? (
                    <p className="max-w-xs text-sm text-ink-muted">{refusal}</p>
                  ) : staff.role === "ADMIN" ? (
                    <RequeueForm messageId={m.id} />
                  ) : (
                    <p className="max-w-xs text-sm text-ink-muted">An admin can send it again.</p>
                  )}
                </li>
              );
            })}
          </ul>
        )}
      </section>
    </div>
  );
}
