"use server";

import { drawQueryPreview } from "@/lib/catalog/structure-search";

/** Live drawing of the structure being typed (SMILES, or a SMARTS pattern when it is not SMILES). */
export async function previewQueryStructure(smiles: string) {
  return drawQueryPreview({ smiles });
}
