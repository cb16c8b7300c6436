// The RDKit work for one imported record, in a form that runs the same in this thread or in a worker
// thread (structure-pool.ts): find the structure (molblock or SMILES), skip it when it is the SMILES
// already stored, else compute every structure-derived property but the drawing, which
// /structures/<no>.svg makes on first view (getStructureSvg).
import { computeStructureProperties, InvalidStructureError, loadRDKit, type StructureProperties } from "@/lib/catalog/chemistry";

export type StructureJob = {
  smiles?: string;
  molblock?: string;
  /** The product's stored SMILES, when its derived columns may be reused. */
  storedSmiles?: string;
};

export type StructureOutcome =
  | { kind: "none" }
  | { kind: "bad-molblock" }
  | { kind: "bad-smiles"; smiles: string }
  /** The record's SMILES is the stored one: nothing was computed. */
  | { kind: "unchanged"; smiles: string }
  | { kind: "computed"; smiles: string; properties: StructureProperties };

export async function resolveStructure({ smiles: given, molblock, storedSmiles }: StructureJob): Promise<StructureOutcome> {
  let smiles = given?.trim() || undefined;
  if (molblock && molblock.trim() !== "") {
    const RDKit = await loadRDKit();
    const mol = RDKit.get_mol(molblock);
    if (!mol) return { kind: "bad-molblock" };
    try {
      if (!mol.is_valid()) return { kind: "bad-molblock" };
      // An SD record with an empty molblock is how some tools say "the structure is in a SMILES field".
      if (mol.get_num_atoms() > 0) smiles = mol.get_smiles();
    } finally {
      mol.delete();
    }
  }
  if (!smiles) return { kind: "none" };
  if (storedSmiles !== undefined && smiles === storedSmiles) return { kind: "unchanged", smiles };
  try {
    return { kind: "computed", smiles, properties: await computeStructureProperties(smiles, { draw: false }) };
  } catch (error) {
    if (error instanceof InvalidStructureError) return { kind: "bad-smiles", smiles };
    throw error;
  }
}
