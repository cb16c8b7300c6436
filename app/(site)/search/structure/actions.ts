"use server";

import { allowStructureRequest, RATE_LIMITED_PREVIEW } from "@/lib/catalog/structure-limit";
import { drawQueryPreview } from "@/lib/catalog/structure-search";
import { requestIp } from "@/lib/http/request-ip";

/** Live drawing of the structure being typed (SMILES, or a SMARTS pattern when it is not SMILES). */
export async function previewQueryStructure(smiles: string) {
  if (!(await allowStructureRequest({ ip: await requestIp() }))) return RATE_LIMITED_PREVIEW;
  return drawQueryPreview({ smiles });
}
