"use server";

import type { InquiryFormState } from "@/lib/inquiries/form-state";
import { requestIp } from "@/lib/http/request-ip";
import { submitInquiry } from "@/lib/inquiries/submit-inquiry";

export async function submitQuote(_previous: InquiryFormState, formData: FormData): Promise<InquiryFormState> {
  return submitInquiry({ kind: "QUOTE", formData, submitterIp: await requestIp() });
}
