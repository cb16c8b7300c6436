"use server";
import { revalidatePath } from "next/cache";
import type { StaffActionState } from "@/lib/core/action-state";
import { DomainError } from "@/lib/core/domain-error";
import { runStaffAction } from "@/lib/core/run-staff-action";
import { acceptQuote, declineQuote, requestQuoteRenewal } from "@/lib/orders/accept-quote";
import { ownInquiry } from "@/lib/requesters/access";
import { checkFiles, filesOf } from "@/lib/requesters/files";
import { postPageMessage } from "@/lib/requesters/messages";
import { acceptQuoteSchema, declineQuoteSchema, renewalSchema, requesterMessageSchema } from "@/lib/requesters/schemas";
import { currentRequester } from "@/lib/requesters/session";

// Every action is a public endpoint: each finds the session and checks that the request is the
// session's own before anything else. The form helpers are the staff forms' (they are not staff-only).

const NOT_AVAILABLE = "This request is not available. Ask for a new link on the My requests page.";

// A call made by hand with something other than a form gets the same answer as a stranger's request.
const notAForm: StaffActionState = { status: "error", message: NOT_AVAILABLE, fieldErrors: {}, values: {} };

/** The request, if the visitor's session owns it; a refusal that reads the same as a missing one. */
async function own(reference: string) {
  const session = await currentRequester();
  const inquiry = session ? await ownInquiry(session, reference) : null;
  if (!inquiry) throw new DomainError("not-found", NOT_AVAILABLE);
  return inquiry;
}

async function checked(formData: FormData, field: string, { max }: { max?: number } = {}) {
  const files = filesOf(formData, field);
  if (max !== undefined && files.filter((f) => f.size > 0).length > max) {
    const message = `Choose at most ${max} file`;
    throw new DomainError("invalid", message, { [field]: message });
  }
  const result = await checkFiles(files);
  if (!result.ok) throw new DomainError("invalid", result.message, { [field]: result.message });
  return result.files;
}

const refresh = (reference: string) => revalidatePath(`/requests/${reference.toUpperCase()}`);

export async function messageAction(_: StaffActionState, formData: FormData) {
  if (!(formData instanceof FormData)) return notAForm;
  return runStaffAction(requesterMessageSchema, formData, async ({ reference, body }) => {
    const inquiry = await own(reference);
    const files = await checked(formData, "files");
    await postPageMessage({ inquiry, text: body, files });
    refresh(reference);
    return files.length
      ? `Sent, with ${files.length} file${files.length === 1 ? "" : "s"}. We will reply by email.`
      : "Sent. We will reply by email.";
  });
}

export async function acceptAction(_: StaffActionState, formData: FormData) {
  if (!(formData instanceof FormData)) return notAForm;
  return runStaffAction(acceptQuoteSchema, formData, async ({ reference, quoteId, acceptedByName, poNumber }) => {
    const inquiry = await own(reference);
    const [poFile] = await checked(formData, "poFile", { max: 1 });
    const { orderNumber } = await acceptQuote({ inquiry, quoteId, acceptedByName, poNumber, poFile });
    refresh(reference);
    return `Thank you. Your order ${orderNumber} is confirmed; a confirmation is on its way by email.`;
  });
}

export async function declineAction(_: StaffActionState, formData: FormData) {
  if (!(formData instanceof FormData)) return notAForm;
  return runStaffAction(declineQuoteSchema, formData, async ({ reference, quoteId, reason }) => {
    await declineQuote({ inquiry: await own(reference), quoteId, reason });
    refresh(reference);
    return "Declined. Thank you for telling us why.";
  });
}

export async function renewalAction(_: StaffActionState, formData: FormData) {
  if (!(formData instanceof FormData)) return notAForm;
  return runStaffAction(renewalSchema, formData, async ({ reference, quoteId }) => {
    await requestQuoteRenewal({ inquiry: await own(reference), quoteId });
    refresh(reference);
    return "We have your request for a renewal and will send an updated quote.";
  });
}
