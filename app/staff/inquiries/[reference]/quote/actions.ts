"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { requireStaff } from "@/lib/auth/require-staff";
import type { StaffActionState } from "@/lib/core/action-state";
import { runStaffAction } from "@/lib/core/run-staff-action";
import { quoteLabel } from "@/lib/core/quote-terms";
import { reviseQuote, saveQuoteDraft } from "@/lib/quotes/drafts";
import { quoteFormSchema } from "@/lib/quotes/schema";
import { sendQuote } from "@/lib/quotes/send-quote";

// Each action checks the session itself, first: a server action is a public endpoint.

const builderUrl = (reference: string, quoteId: string) => `/staff/inquiries/${encodeURIComponent(reference)}/quote?id=${quoteId}`;

/**
 * Save the builder's form as a draft; with intent "send", save and then send it. A new quote is
 * saved first and reopened as a draft, so what is sent has been seen (and its PDF previewed) as saved.
 */
export async function saveQuoteAction(_: StaffActionState, formData: FormData) {
  const staff = await requireStaff();
  return runStaffAction(quoteFormSchema, formData, async (form) => {
    const saved = await saveQuoteDraft({ form, actor: staff });
    revalidatePath("/staff", "layout");
    if (!form.quoteId) redirect(builderUrl(saved.reference, saved.id));
    if (form.intent !== "send") return `Draft ${quoteLabel(saved)} saved.`;
    await sendQuote({ quoteId: saved.id, actor: staff });
    revalidatePath("/staff", "layout");
    redirect(`/staff/inquiries/${encodeURIComponent(saved.reference)}`);
  });
}

/** Start a new revision of a sent quote and open it in the builder. */
export async function reviseQuoteAction(formData: FormData) {
  const staff = await requireStaff();
  const quoteId = formData.get("quoteId");
  if (typeof quoteId !== "string" || !/^[a-z0-9]{1,40}$/i.test(quoteId)) redirect("/staff/inquiries");
  const revision = await reviseQuote({ quoteId, actor: staff });
  revalidatePath("/staff", "layout");
  redirect(builderUrl(revision.reference, revision.id));
}
