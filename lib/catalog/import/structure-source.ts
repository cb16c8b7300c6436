// Re-importing a catalog file should not redo the RDKit work its first import did. What RDKit makes
// of a record's structure (the SMILES, refused or not, the properties) depends only on the structure
// as the file gives it: the molblock and the SMILES field. So each imported product keeps a hash of
// that input together with the SMILES it gave. When a later record hashes the same with the product's
// current SMILES, its structure is byte-identical to one RDKit already parsed into exactly that SMILES,
// and the stored formula, MW and InChIKey were computed from it: the record is checked against those,
// as a record whose SMILES comes out unchanged always was, without parsing anything.
// The product's SMILES is part of the hash so that a structure edited since (on the staff product
// page) never matches: the record then goes through RDKit and the import restores the file's structure.
// After an RDKit upgrade that canonicalises differently, `catalog:import --recompute` recomputes all.
import { createHash } from "node:crypto";

export type StructureSource = { molblock?: string; smiles?: string };

export function structureSourceHash({ molblock, smiles }: StructureSource, storedSmiles: string): string {
  // The lengths up front keep the parts apart whatever characters they hold (-1: no such field).
  // Not JSON.stringify: escaping a molblock's line breaks cost more than the hash itself.
  return createHash("sha256")
    .update(`${molblock?.length ?? -1}:${smiles?.length ?? -1}:`)
    .update(molblock ?? "")
    .update(smiles ?? "")
    .update(storedSmiles)
    .digest("base64url");
}
