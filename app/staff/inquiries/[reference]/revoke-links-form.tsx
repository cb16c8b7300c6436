"use client";
import { FormResult } from "@/app/_components/staff/form-result";
import { useStaffForm } from "@/app/_components/staff/use-staff-form";
import { revokeLinksSchema } from "@/lib/requesters/schemas";
import { revokeLinksAction } from "./revoke-links-action";

/** Withdraw the requester's private links to this inquiry, e.g. when an email was forwarded to the wrong person. */
export function RevokeLinksForm({ inquiryId, liveLinks }: { inquiryId: string; liveLinks: number }) {
  const { formRef, message, ok, onSubmit, pending } = useStaffForm(revokeLinksSchema, revokeLinksAction, { resetOnSuccess: false });
  return (
    <section className="card bg-white p-5" aria-labelledby="links-heading">
      <h2 id="links-heading" className="text-lg">
        Requester&apos;s page
      </h2>
      <p className="mt-1 mb-3 text-sm text-ink-muted">
        {liveLinks} live private link{liveLinks === 1 ? "" : "s"}. Revoking ends them and the sessions opened with them; the requester can
        ask for a new one, sent only to their address.
      </p>
      <form ref={formRef} onSubmit={onSubmit}>
        <input type="hidden" name="inquiryId" value={inquiryId} />
        <button type="submit" className="btn btn-secondary" disabled={pending || liveLinks === 0}>
          Revoke links
        </button>
        <FormResult message={message} ok={ok} className="mt-2" />
      </form>
    </section>
  );
}
