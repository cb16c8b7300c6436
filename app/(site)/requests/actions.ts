"use server";
import { redirect } from "next/navigation";
import type { StaffActionState } from "@/lib/core/action-state";
import { DomainError } from "@/lib/core/domain-error";
import { runStaffAction } from "@/lib/core/run-staff-action";
import { requestIp } from "@/lib/http/request-ip";
import { NEUTRAL_RESEND_ANSWER, requestNewLink } from "@/lib/requesters/resend";
import { resendLinkSchema } from "@/lib/requesters/schemas";
import { endRequesterSession } from "@/lib/requesters/session";

export async function resendLinkAction(_: StaffActionState, formData: FormData) {
  if (!(formData instanceof FormData)) return { status: "error", message: "Send the form.", fieldErrors: {}, values: {} } as const;
  const ip = await requestIp();
  return runStaffAction(resendLinkSchema, formData, async ({ email, reference }) => {
    const result = await requestNewLink({ email, reference, ip });
    if (result.status === "limited")
      throw new DomainError(
        "not-allowed",
        `Too many links asked for from here or for this address. Try again after ${result.retryAt.toISOString().slice(11, 16)} UTC.`,
      );
    return NEUTRAL_RESEND_ANSWER;
  });
}

export async function signOutAction() {
  await endRequesterSession();
  redirect("/requests");
}
