"use server";

import { allowStructureRequest, RATE_LIMITED_PREVIEW, STRUCTURE_LIMIT_MESSAGE } from "@/lib/catalog/structure-limit";
import { drawQueryPreview } from "@/lib/catalog/structure-search";
import { smilesFromStructureFile, type StructureFileResult } from "@/lib/catalog/structure-file";
import { requestIp } from "@/lib/http/request-ip";

/** Live drawing of the structure being typed (SMILES, or a SMARTS pattern when it is not SMILES). */
export async function previewQueryStructure(smiles: string) {
  if (!(await allowStructureRequest({ ip: await requestIp() }))) return RATE_LIMITED_PREVIEW;
  return drawQueryPreview({ smiles });
}

/** The SMILES of a pasted or uploaded molfile (or an SDF's first record), under the typed SMILES's bounds. */
export async function convertStructureFile(text: string): Promise<StructureFileResult> {
  if (!(await allowStructureRequest({ ip: await requestIp() }))) return { ok: false, error: STRUCTURE_LIMIT_MESSAGE };
  return smilesFromStructureFile({ text });
}
