"use server";

import { allowStructureRequest, RATE_LIMITED_PREVIEW } from "@/lib/catalog/structure-limit";
import { drawStructurePreview } from "@/lib/catalog/structure-preview";
import type { InquiryFormState } from "@/lib/inquiries/form-state";
import { requestIp } from "@/lib/http/request-ip";
import { submitInquiry } from "@/lib/inquiries/submit-inquiry";

export async function submitCustomSynthesis(_previous: InquiryFormState, formData: FormData): Promise<InquiryFormState> {
  return submitInquiry({ kind: "CUSTOM_SYNTHESIS", formData, submitterIp: await requestIp() });
}

/** Live drawing of the SMILES being typed. */
export async function previewStructure(smiles: string) {
  if (!(await allowStructureRequest({ ip: await requestIp() }))) return RATE_LIMITED_PREVIEW;
  return drawStructurePreview({ smiles });
}
