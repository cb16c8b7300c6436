import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { formatDateTime } from "@/app/_components/format-date";
import { ControlledBadge, KindBadge, OverdueBadge, ScaffoldReviewBadge, StatusBadge } from "@/app/_components/staff/badges";
import { requireStaff } from "@/lib/auth/require-staff";
import { listStaff } from "@/lib/auth/staff-members";
import { inquiryKinds } from "@/lib/inquiries/kinds";
import { requesterRows, storedInquiryRows } from "@/lib/inquiries/summary";
import { describeAudit } from "@/lib/triage/audit-text";
import { buildTimeline, getInquiryForStaff, type TimelineEvent } from "@/lib/triage/inquiry-detail";
import { cannedRepliesFor } from "@/lib/triage/replies";
import { firstResponseDays, formatDuration, isOverdue } from "@/lib/inquiries/sla";
import { allowedTransitions } from "@/lib/inquiries/status";
import { InquiryOrders } from "./inquiry-orders";
import { AssignForm, NoteForm, ReplyForm, SpamForm, StatusForm } from "./triage-forms";
import { QuotesPanel } from "./quotes-panel";
import { countLiveLinks } from "@/lib/requesters/revoke";
import { RevokeLinksForm } from "./revoke-links-form";
import { PresenceNotice } from "./presence-notice";
import { RequesterHistory } from "./requester-history";
import { TagsSection } from "./tags-section";
import { controlledItemsOf } from "@/lib/quotes/licence-check";
import { ControlledSection } from "./controlled-section";
import { ScaffoldReviewSection } from "./scaffold-review-section";

export async function generateMetadata({ params }: PageProps<"/staff/inquiries/[reference]">): Promise<Metadata> {
  return { title: (await params).reference.toUpperCase() };
}

export default async function StaffInquiryPage({ params }: PageProps<"/staff/inquiries/[reference]">) {
  const staff = await requireStaff();
  const inquiry = await getInquiryForStaff((await params).reference);
  if (!inquiry) notFound();
  const [everyone, canned, liveLinks, controlled] = await Promise.all([
    listStaff(),
    cannedRepliesFor(inquiry),
    countLiveLinks(inquiry.id),
    controlledItemsOf({ inquiryId: inquiry.id }),
  ]);
  // Former members still name their past actions; only active ones can be assigned.
  const team = everyone.filter((s) => s.active);
  const names = new Map(everyone.map((s) => [s.id, s.name]));
  const now = new Date();
  const overdue = isOverdue(inquiry, now);
  const next = allowedTransitions(inquiry.status);
  const timeline = buildTimeline(inquiry);

  return (
    <div className="space-y-6">
      <nav aria-label="Breadcrumb" className="text-sm">
        <Link href="/staff/inquiries">← Inbox</Link>
      </nav>
      <header className="flex flex-wrap items-center gap-3">
        <h1 className="text-2xl">
          <span className="identifier text-2xl">{inquiry.reference}</span>
        </h1>
        <KindBadge kind={inquiry.kind} />
        <StatusBadge status={inquiry.status} />
        {controlled.length ? <ControlledBadge /> : null}
        {inquiry.controlledScaffolds.length ? <ScaffoldReviewBadge /> : null}
        {overdue ? <OverdueBadge /> : null}
        <p className="w-full text-sm text-ink-muted">
          {inquiryKinds[inquiry.kind].label} from {inquiry.name}, {inquiry.institution} · received {formatDateTime(inquiry.createdAt)} (
          {formatDuration(now.getTime() - inquiry.createdAt.getTime())} ago) ·{" "}
          {inquiry.researchUseAcknowledgedAt
            ? `research use only confirmed ${formatDateTime(inquiry.researchUseAcknowledgedAt)}`
            : "research use not confirmed (sent before the form asked)"}
        </p>
        <PresenceNotice reference={inquiry.reference} />
      </header>

      <div className="grid gap-6 lg:grid-cols-3">
        <div className="space-y-6 lg:col-span-2">
          <section aria-labelledby="sent-heading" className="card bg-white p-5">
            <h2 id="sent-heading" className="text-lg">
              What they sent
            </h2>
            <dl className="spec-list mt-3">
              {[...requesterRows(inquiry), ...storedInquiryRows(inquiry)].map((row, i) => (
                <div key={i} className="contents">
                  <dt>{row.label}</dt>
                  <dd className="whitespace-pre-wrap break-words">{row.value}</dd>
                </div>
              ))}
            </dl>
            {inquiry.items.length ? (
              <>
                <h3 className="mt-5 text-base">Products</h3>
                <ul className="mt-2 space-y-1">
                  {inquiry.items.map((item) => (
                    <li key={item.id}>
                      {item.product ? (
                        <Link href={`/products/${item.product.catalogNumber}`}>
                          <span className="identifier">{item.catalogNumber}</span> {item.product.name}
                        </Link>
                      ) : (
                        <span>
                          <span className="identifier">{item.catalogNumber}</span> {item.productName}{" "}
                          <span className="text-ink-muted">(no longer in the catalog)</span>
                        </span>
                      )}
                    </li>
                  ))}
                </ul>
              </>
            ) : null}
          </section>

          <ControlledSection inquiryId={inquiry.id} items={controlled} />
          <ScaffoldReviewSection scaffolds={inquiry.controlledScaffolds} />

          <QuotesPanel inquiryId={inquiry.id} reference={inquiry.reference} canQuote={inquiry.status !== "SPAM"} />

          <section aria-labelledby="timeline-heading">
            <h2 id="timeline-heading" className="text-lg">
              Timeline
            </h2>
            <ol className="mt-3 space-y-3">
              {timeline.map((event) => (
                <TimelineItem key={`${event.type}-${event.id}`} event={event} names={names} requester={inquiry.name} />
              ))}
            </ol>
          </section>

          <section aria-labelledby="reply-heading" className="card bg-white p-5">
            <h2 id="reply-heading" className="text-lg">
              Reply to the requester
            </h2>
            {inquiry.status === "SPAM" ? (
              <p className="mt-2 text-sm">This inquiry is marked as spam. Restore it before replying.</p>
            ) : (
              <div className="mt-3">
                <ReplyForm
                  inquiryId={inquiry.id}
                  to={inquiry.email}
                  canned={canned}
                  next={next}
                  suggested={inquiryKinds[inquiry.kind].repliedStatus}
                />
              </div>
            )}
          </section>

          <NoteForm inquiryId={inquiry.id} />
        </div>

        <aside className="space-y-4" aria-label="Triage">
          <section className="card space-y-4 bg-white p-5" aria-labelledby="triage-heading">
            <h2 id="triage-heading" className="text-lg">
              Triage
            </h2>
            <AssignForm inquiryId={inquiry.id} assigneeId={inquiry.assigneeId} staff={team} viewerId={staff.id} />
            {inquiry.status !== "SPAM" ? <StatusForm inquiryId={inquiry.id} status={inquiry.status} next={next} /> : null}
          </section>
          <InquiryOrders inquiryId={inquiry.id} />
          <TagsSection inquiryId={inquiry.id} />
          <RequesterHistory inquiry={inquiry} />
          <section className="card bg-white p-5" aria-labelledby="sla-heading">
            <h2 id="sla-heading" className="text-lg">
              First response
            </h2>
            <dl className="spec-list mt-2 text-sm">
              <dt>Target</dt>
              <dd>
                {firstResponseDays[inquiry.kind]} business day{firstResponseDays[inquiry.kind] === 1 ? "" : "s"}
              </dd>
              <dt>Due</dt>
              <dd>
                {formatDateTime(inquiry.firstResponseDueAt)} {overdue ? <OverdueBadge /> : null}
              </dd>
              <dt>Answered</dt>
              <dd>
                {inquiry.firstResponseAt
                  ? `${formatDateTime(inquiry.firstResponseAt)} (after ${formatDuration(inquiry.firstResponseAt.getTime() - inquiry.createdAt.getTime())})`
                  : "Not yet"}
              </dd>
              {inquiry.closedAt ? (
                <>
                  <dt>Closed</dt>
                  <dd>{formatDateTime(inquiry.closedAt)}</dd>
                </>
              ) : null}
            </dl>
          </section>
          <section className="card bg-white p-5" aria-labelledby="spam-heading">
            <h2 id="spam-heading" className="text-lg">
              Spam
            </h2>
            <p className="mt-1 mb-3 text-sm text-ink-muted">
              Spam is hidden from the inbox and its sender cannot submit again. It can be undone.
            </p>
            <SpamForm inquiryId={inquiry.id} isSpam={inquiry.status === "SPAM"} />
          </section>
          <RevokeLinksForm inquiryId={inquiry.id} liveLinks={liveLinks} />
        </aside>
      </div>
    </div>
  );
}

function TimelineItem({ event, names, requester }: { event: TimelineEvent; names: Map<string, string>; requester: string }) {
  const when = (
    <time dateTime={event.at.toISOString()} className="text-xs text-ink-muted">
      {formatDateTime(event.at)}
    </time>
  );
  switch (event.type) {
    case "submitted":
      return (
        <li className="text-sm">
          {when} · <strong>{requester}</strong> submitted the inquiry
        </li>
      );
    case "acknowledgment":
      return (
        <li className="text-sm">
          {when} · Acknowledgment with the reference number{" "}
          {event.status === "SENT" ? "sent" : event.status === "FAILED" ? "failed to send" : "queued"} to {event.to}
        </li>
      );
    case "note":
      return (
        <li className="rounded-md border border-dashed border-amber-700 bg-amber-50 p-3" data-timeline="note">
          <p className="text-xs font-bold tracking-wide text-amber-900 uppercase">Internal note · not sent</p>
          <p className="mt-1 text-sm">
            {when} · {event.note.author.name}
          </p>
          <p className="mt-2 whitespace-pre-wrap break-words">{event.note.body}</p>
        </li>
      );
    case "message": {
      const m = event.message;
      const inbound = m.direction === "INBOUND";
      return (
        <li className={`card p-3 ${inbound ? "bg-white" : "bg-brand-wash"}`} data-timeline={inbound ? "message-in" : "message-out"}>
          <p className="text-xs font-bold tracking-wide uppercase">
            {inbound
              ? m.matchedBy === "requester-page"
                ? `Message from ${m.fromAddress} on their request page`
                : m.matchedBy === "quote-form"
                  ? `Sent by ${m.fromAddress} with the quote form`
                  : `Email from ${m.fromAddress}`
              : `Reply by ${m.author?.name ?? "staff"} to ${m.toAddress}`}
          </p>
          <p className="mt-1 text-sm">
            {when} · {m.subject}
          </p>
          <p className="mt-2 whitespace-pre-wrap break-words">{m.text}</p>
          {m.attachments.length ? (
            <ul className="mt-2 text-sm">
              {m.attachments.map((a) => (
                <li key={a.id}>
                  📎 <a href={`/staff/attachments/${a.id}`}>{a.filename}</a>{" "}
                  <span className="text-ink-muted">({Math.ceil(a.size / 1024)} KiB)</span>
                </li>
              ))}
            </ul>
          ) : null}
        </li>
      );
    }
    case "change":
      return (
        <li className="text-sm">
          {when} · <strong>{event.actor ?? "System"}</strong> {describeAudit(event, names)}
        </li>
      );
  }
}
