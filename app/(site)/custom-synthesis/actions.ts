"use server";

import { allowStructureRequest, RATE_LIMITED_PREVIEW, STRUCTURE_LIMIT_MESSAGE } from "@/lib/catalog/structure-limit";
import { drawStructurePreview } from "@/lib/catalog/structure-preview";
import type { InquiryFormState } from "@/lib/inquiries/form-state";
import { smilesFromStructureFile, type StructureFileResult } from "@/lib/catalog/structure-file";
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

/** The SMILES of a pasted or uploaded molfile (or an SDF's first record), under the typed SMILES's bounds. */
export async function convertStructureFile(text: string): Promise<StructureFileResult> {
  if (!(await allowStructureRequest({ ip: await requestIp() }))) return { ok: false, error: STRUCTURE_LIMIT_MESSAGE };
  return smilesFromStructureFile({ text });
}
