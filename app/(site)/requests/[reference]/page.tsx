import type { Metadata } from "next";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { connection } from "next/server";
import { formatDateTime } from "@/app/_components/format-date";
import { SignOutForm } from "@/app/(site)/requests/sign-out-form";
import { formatMoney } from "@/lib/core/money";
import { inquiryKinds } from "@/lib/inquiries/kinds";
import { requesterRows, storedInquiryRows } from "@/lib/inquiries/summary";
import { acceptanceRefusal } from "@/lib/orders/accept-quote";
import { getRequesterPage, type RequesterPage } from "@/lib/requesters/access";
import { formatDay, quoteExpired, quoteLabel } from "@/lib/core/quote-terms";
import { currentRequester } from "@/lib/requesters/session";
import { statusInWords } from "@/lib/requesters/status-words";
import { AcceptForm, DeclineForm, MessageForm, RenewalForm } from "./request-forms";

export const metadata: Metadata = { title: "Your request", robots: { index: false, follow: false } };

const quoteStatusWords = {
  DRAFT: "Draft",
  SENT: "Awaiting your answer",
  SUPERSEDED: "Replaced by a newer revision",
  ACCEPTED: "Accepted",
  DECLINED: "Declined",
};
const orderStatusWords = { CONFIRMED: "Confirmed", SHIPPED: "Shipped", DELIVERED: "Delivered" };

export default async function RequestPage({ params, searchParams }: PageProps<"/requests/[reference]">) {
  await connection();
  const reference = (await params).reference;
  const token = (await searchParams).token;
  // A page cannot set a cookie: the link's token is checked, and the session started, by ./open.
  if (typeof token === "string") redirect(`/requests/${encodeURIComponent(reference)}/open?token=${encodeURIComponent(token)}`);
  const session = await currentRequester();
  if (!session) redirect(`/requests?reference=${encodeURIComponent(reference.toUpperCase())}`);
  const page = await getRequesterPage(session, reference);
  if (!page) notFound();

  const now = new Date();
  const [latest] = page.quotes;
  const order = page.orders[0] ?? null;
  const status = statusInWords({ kind: page.kind, status: page.status, latestQuote: latest, order }, now);

  return (
    <div className="container-page max-w-4xl space-y-8 py-8">
      <nav aria-label="Breadcrumb" className="flex flex-wrap items-center justify-between gap-3 text-sm">
        <Link href="/requests">← My requests</Link>
        <SignOutForm />
      </nav>
      <header>
        <p className="text-sm text-ink-muted">{inquiryKinds[page.kind].label}</p>
        <h1 className="text-3xl">
          Request <span className="identifier text-3xl">{page.reference}</span>
        </h1>
        <p className="mt-1 text-sm text-ink-muted">
          Sent {formatDateTime(page.createdAt)} from {page.email}
        </p>
        <p className="card mt-4 border-brand bg-brand-wash p-4 text-lg font-semibold" data-testid="request-status">
          {status}
        </p>
      </header>

      {order ? <OrderSection order={order} quotes={page.quotes} /> : null}
      {page.quotes.length ? <QuotesSection page={page} now={now} /> : null}

      <section aria-labelledby="conversation-heading" className="space-y-4">
        <h2 id="conversation-heading" className="text-xl">
          Conversation
        </h2>
        {page.conversation.length ? (
          <ol className="space-y-3">
            {page.conversation.map((m) => (
              <li
                key={m.id}
                className={`card p-4 ${m.direction === "OUTBOUND" ? "bg-brand-wash" : "bg-white"}`}
                data-message={m.direction === "OUTBOUND" ? "ours" : "yours"}
              >
                <p className="text-xs font-bold tracking-wide uppercase">
                  {m.direction === "OUTBOUND" ? `${m.author?.name ?? "Reagent Desk"}, Reagent Desk` : "You"} ·{" "}
                  <time dateTime={m.createdAt.toISOString()} className="font-normal normal-case">
                    {formatDateTime(m.createdAt)}
                  </time>
                </p>
                <p className="mt-2 break-words whitespace-pre-wrap">{m.text}</p>
                {m.attachments.length ? (
                  <ul className="mt-2 text-sm">
                    {m.attachments.map((a) => (
                      <li key={a.id}>
                        <a href={`/requests/${page.reference}/files/${a.id}`}>{a.filename}</a>{" "}
                        <span className="text-ink-muted">({Math.max(1, Math.ceil(a.size / 1024))} KiB)</span>
                      </li>
                    ))}
                  </ul>
                ) : null}
              </li>
            ))}
          </ol>
        ) : (
          <p className="text-ink-muted">No messages yet. Our reply will appear here and arrive by email.</p>
        )}
        <div className="card bg-white p-5">
          <h3 className="mb-3 text-lg">Write to us</h3>
          <MessageForm reference={page.reference} />
        </div>
      </section>

      <section aria-labelledby="sent-heading" className="card bg-white p-5">
        <h2 id="sent-heading" className="text-xl">
          What you sent
        </h2>
        <dl className="spec-list mt-3">
          {[...requesterRows(page), ...storedInquiryRows(page)].map((row, i) => (
            <div key={i} className="contents">
              <dt>{row.label}</dt>
              <dd className="break-words whitespace-pre-wrap">{row.value}</dd>
            </div>
          ))}
        </dl>
      </section>
    </div>
  );
}

function OrderSection({ order, quotes }: { order: RequesterPage["orders"][number]; quotes: RequesterPage["quotes"] }) {
  const quote = quotes.find((q) => q.id === order.quoteId);
  return (
    <section aria-labelledby="order-heading" className="card bg-white p-5">
      <h2 id="order-heading" className="text-xl">
        Order <span className="identifier text-xl">{order.number}</span>
      </h2>
      <dl className="spec-list mt-3">
        <dt>Status</dt>
        <dd data-testid="order-status">{orderStatusWords[order.status]}</dd>
        {quote ? (
          <>
            <dt>Quote</dt>
            <dd>{quoteLabel(quote)}</dd>
          </>
        ) : null}
        <dt>Total</dt>
        <dd>{formatMoney(order.totalMinor, order.currency)}</dd>
        <dt>Your PO number</dt>
        <dd className="break-words">{order.poNumber}</dd>
        <dt>Confirmed</dt>
        <dd>{formatDateTime(order.createdAt)}</dd>
        {order.shippedAt ? (
          <>
            <dt>Shipped</dt>
            <dd>
              {formatDateTime(order.shippedAt)}
              {order.carrier || order.trackingNumber ? ` — ${[order.carrier, order.trackingNumber].filter(Boolean).join(" ")}` : ""}
            </dd>
          </>
        ) : null}
        {order.deliveredAt ? (
          <>
            <dt>Delivered</dt>
            <dd>{formatDateTime(order.deliveredAt)}</dd>
          </>
        ) : null}
      </dl>
    </section>
  );
}

function QuotesSection({ page, now }: { page: RequesterPage; now: Date }) {
  return (
    <section aria-labelledby="quotes-heading" className="space-y-4">
      <h2 id="quotes-heading" className="text-xl">
        Quotes
      </h2>
      <ul className="space-y-4">
        {page.quotes.map((quote) => {
          const label = quoteLabel(quote);
          const expired = quote.status === "SENT" && quoteExpired(quote, now);
          const acceptable = page.orders.length === 0 && acceptanceRefusal(quote, page.quotes, now) === null;
          const latest = quote.id === page.quotes[0]?.id;
          return (
            <li key={quote.id} className="card bg-white p-5" aria-label={`Quote ${label}`}>
              <div className="flex flex-wrap items-baseline justify-between gap-2">
                <h3 className="identifier text-lg">{label}</h3>
                <a href={`/requests/${page.reference}/quotes/${quote.id}/pdf`} className="btn btn-secondary">
                  Download PDF
                </a>
              </div>
              <dl className="spec-list mt-3">
                <dt>Status</dt>
                <dd>{expired ? `Expired on ${formatDay(quote.validUntil)}` : quoteStatusWords[quote.status]}</dd>
                <dt>Total</dt>
                <dd>{formatMoney(quote.totalMinor, quote.currency)}</dd>
                <dt>Valid until</dt>
                <dd>{formatDay(quote.validUntil)}</dd>
                {quote.sentAt ? (
                  <>
                    <dt>Sent</dt>
                    <dd>{formatDateTime(quote.sentAt)}</dd>
                  </>
                ) : null}
                {quote.acceptedAt ? (
                  <>
                    <dt>Accepted</dt>
                    <dd>
                      {formatDateTime(quote.acceptedAt)} by {quote.acceptedByName}
                    </dd>
                  </>
                ) : null}
                {quote.declinedAt ? (
                  <>
                    <dt>Declined</dt>
                    <dd className="break-words">
                      {formatDateTime(quote.declinedAt)}: {quote.declineReason}
                    </dd>
                  </>
                ) : null}
              </dl>
              {acceptable ? (
                <div className="mt-5 space-y-5 border-t border-line pt-5">
                  <AcceptForm reference={page.reference} quoteId={quote.id} label={label} />
                  <details>
                    <summary className="cursor-pointer font-semibold">Decline this quote</summary>
                    <div className="mt-3">
                      <DeclineForm reference={page.reference} quoteId={quote.id} label={label} />
                    </div>
                  </details>
                </div>
              ) : null}
              {expired && latest && page.orders.length === 0 ? (
                <div className="mt-5 border-t border-line pt-5">
                  {quote.renewalRequestedAt ? (
                    <p>You asked for a renewal on {formatDateTime(quote.renewalRequestedAt)}; we will send an updated quote.</p>
                  ) : (
                    <>
                      <p className="mb-3">This quote can no longer be accepted. We can renew it with today&apos;s prices and lead times.</p>
                      <RenewalForm reference={page.reference} quoteId={quote.id} label={label} />
                    </>
                  )}
                </div>
              ) : null}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
