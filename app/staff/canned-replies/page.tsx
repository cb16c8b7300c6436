import type { Metadata } from "next";
import { formatDateTime } from "@/app/_components/format-date";
import { requireStaff } from "@/lib/auth/require-staff";
import { listCannedReplies } from "@/lib/triage/replies";
import { CannedReplyForm, DeleteCannedReply } from "./canned-reply-form";

export const metadata: Metadata = { title: "Canned replies" };

export default async function CannedRepliesPage() {
  await requireStaff("ADMIN");
  const replies = await listCannedReplies();
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl">Canned replies</h1>
        <p className="mt-1 text-sm text-ink-muted">
          Agents start a reply from one of these; the variables are filled in from the inquiry, and the text can be edited before sending.
        </p>
      </div>
      <ul className="space-y-4">
        {replies.map((reply) => (
          <li key={reply.id} className="card space-y-3 bg-white p-4">
            <p className="text-xs text-ink-muted">
              Last changed {formatDateTime(reply.updatedAt)}
              {reply.updatedBy ? ` by ${reply.updatedBy.name}` : ""}
            </p>
            <CannedReplyForm reply={reply} />
            <DeleteCannedReply id={reply.id} title={reply.title} />
          </li>
        ))}
      </ul>
      <section className="card bg-white p-4" aria-labelledby="new-heading">
        <h2 id="new-heading" className="mb-3 text-lg">
          New canned reply
        </h2>
        <CannedReplyForm />
      </section>
    </div>
  );
}
