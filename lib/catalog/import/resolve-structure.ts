// The RDKit work for one imported record, in a form that runs the same in this thread or in a worker
// thread (rdkit-pool.ts): find the structure (molblock or SMILES), skip it when it is the SMILES
// already stored, refuse it when it is too large for RDKit, else compute every structure-derived
// property but the drawing, which /structures/<no>.svg makes on first view (getStructureSvg).
import { computeStructureProperties, InvalidStructureError, loadRDKit, type StructureProperties } from "@/lib/catalog/chemistry";
import { MAX_MOLBLOCK_ATOMS, molblockAtomCount, structureSizeProblem } from "@/lib/catalog/structure-input";

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
  /** Too large for RDKit here (structure-input.ts), or RDKit failed on it: `reason` says which. */
  | { kind: "refused"; reason: string }
  /** The record's SMILES is the stored one: nothing was computed. */
  | { kind: "unchanged"; smiles: string }
  | { kind: "computed"; smiles: string; properties: StructureProperties };

export async function resolveStructure({ smiles: given, molblock, storedSmiles }: StructureJob): Promise<StructureOutcome> {
  let smiles = given?.trim() || undefined;
  if (molblock && molblock.trim() !== "") {
    const atoms = molblockAtomCount(molblock);
    if (atoms > MAX_MOLBLOCK_ATOMS)
      return { kind: "refused", reason: `the molblock has ${atoms} atoms; up to ${MAX_MOLBLOCK_ATOMS} can be imported` };
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
  const problem = structureSizeProblem(smiles);
  if (problem) return { kind: "refused", reason: problem };
  try {
    return { kind: "computed", smiles, properties: await computeStructureProperties(smiles, { draw: false }) };
  } catch (error) {
    if (error instanceof InvalidStructureError) return { kind: "bad-smiles", smiles };
    throw error;
  }
}
