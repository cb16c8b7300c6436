import "server-only";
import { computeStructureProperties, InvalidStructureError } from "@/lib/catalog/chemistry";

export type StructurePreview = { ok: true; svg: string; formula: string; molecularWeight: number } | { ok: false; error: string };

/** Draw a typed SMILES for the custom-synthesis form, or say why it cannot be read. */
export async function drawStructurePreview({ smiles }: { smiles: string }): Promise<StructurePreview> {
  const value = typeof smiles === "string" ? smiles.trim() : "";
  if (!value) return { ok: false, error: "" };
  if (value.length > 1000) return { ok: false, error: "Keep the SMILES under 1,000 characters" };
  try {
    const p = await computeStructureProperties(value);
    return { ok: true, svg: p.structureSvg, formula: p.formula, molecularWeight: p.molecularWeight };
  } catch (error) {
    if (error instanceof InvalidStructureError) return { ok: false, error: "RDKit cannot read this SMILES yet: check brackets, ring closures and atom symbols" };
    throw error;
  }
}
