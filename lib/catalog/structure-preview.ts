import "server-only";
import { rdkitPool, RDKitWorkerError } from "@/lib/catalog/rdkit-pool";
import { structureSizeProblem } from "@/lib/catalog/structure-input";

export type StructurePreview =
  | { ok: true; svg: string; formula: string; molecularWeight: number }
  /** `unreadable`: RDKit cannot read it as SMILES (it may still be SMARTS); the others: RDKit was not asked or failed. */
  | { ok: false; error: string; reason: "empty" | "too-large" | "rate-limited" | "unreadable" | "failed" };

export const RDKIT_FAILED_MESSAGE = "RDKit could not process this structure: try a smaller or simpler one";

/** Draw a typed SMILES for the custom-synthesis form, or say why it cannot be read. */
export async function drawStructurePreview({ smiles }: { smiles: string }): Promise<StructurePreview> {
  const value = typeof smiles === "string" ? smiles.trim() : "";
  if (!value) return { ok: false, error: "", reason: "empty" };
  const problem = structureSizeProblem(value);
  if (problem) return { ok: false, error: problem, reason: "too-large" };
  try {
    const p = await rdkitPool().run("previewSmiles", value);
    if (!p)
      return {
        ok: false,
        error: "RDKit cannot read this SMILES yet: check brackets, ring closures and atom symbols",
        reason: "unreadable",
      };
    return { ok: true, ...p };
  } catch (error) {
    if (error instanceof RDKitWorkerError) return { ok: false, error: RDKIT_FAILED_MESSAGE, reason: "failed" };
    throw error;
  }
}
