"use client";
import { FormResult } from "@/app/_components/staff/form-result";
import { useStaffForm } from "@/app/_components/staff/use-staff-form";
import { requeueSchema } from "@/lib/mail/requeue-schema";
import { requeueMessageAction } from "./actions";

/** Admins only: send a message the outbox gave up on once more. */
export function RequeueForm({ messageId }: { messageId: string }) {
  const { message, ok, pending, formRef, onSubmit } = useStaffForm(requeueSchema, requeueMessageAction, { resetOnSuccess: false });
  return (
    <form ref={formRef} onSubmit={onSubmit} className="space-y-1">
      <input type="hidden" name="messageId" value={messageId} />
      <button type="submit" className="btn btn-secondary" disabled={pending || ok}>
        {pending ? "Queuing…" : "Send again"}
      </button>
      <FormResult message={message} ok={ok} />
    </form>
  );
}
