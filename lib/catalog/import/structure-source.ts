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
  // JSON keeps the parts apart whatever characters they hold.
  return createHash("sha256")
    .update(JSON.stringify([molblock ?? null, smiles ?? null, storedSmiles]))
    .digest("base64url");
}
