import "server-only";
import { rdkitPool, RDKitWorkerError } from "@/lib/catalog/rdkit-pool";
import { firstMolblock, MAX_STRUCTURE_FILE_BYTES } from "@/lib/catalog/structure-file-text";
import { MAX_MOLBLOCK_ATOMS, molblockAtomCount, structureSizeProblem } from "@/lib/catalog/structure-input";
import { RDKIT_FAILED_MESSAGE } from "@/lib/catalog/structure-preview";

export type StructureFileResult = { ok: true; smiles: string } | { ok: false; error: string };

/**
 * The SMILES of a pasted or uploaded molfile, or of an SDF's first record, read by RDKit on the
 * server. The file is bounded before RDKit sees it (bytes, then the atoms its counts line declares),
 * and the SMILES it gives must pass the same bounds as a typed one: a file is no way around them.
 */
export async function smilesFromStructureFile({ text }: { text: string }): Promise<StructureFileResult> {
  if (typeof text !== "string" || !text.trim()) return { ok: false, error: "Paste a molfile or choose a .mol or .sdf file" };
  if (new TextEncoder().encode(text).length > MAX_STRUCTURE_FILE_BYTES)
    return { ok: false, error: `Structure files up to ${MAX_STRUCTURE_FILE_BYTES / 1024} kB can be read here` };
  const molblock = firstMolblock(text);
  if (!molblock) return { ok: false, error: 'This is not a molfile: no "M  END" line ends its connection table' };
  const atoms = molblockAtomCount(molblock);
  if (atoms > MAX_MOLBLOCK_ATOMS)
    return { ok: false, error: `This molfile has ${atoms} atoms; structures of up to ${MAX_MOLBLOCK_ATOMS} atoms can be read here` };
  try {
    const smiles = await rdkitPool().run("smilesFromMolblock", molblock);
    if (!smiles) return { ok: false, error: "RDKit cannot read this molfile: check its atom and bond blocks" };
    const problem = structureSizeProblem(smiles);
    return problem ? { ok: false, error: problem } : { ok: true, smiles };
  } catch (error) {
    if (error instanceof RDKitWorkerError) return { ok: false, error: RDKIT_FAILED_MESSAGE };
    throw error;
  }
}
