// Size bounds on a SMILES or SMARTS before RDKit sees it. RDKit MinimalLib is WebAssembly with a fixed
// stack: a chain of ~900 atoms overflows its parser ("memory access out of bounds") and leaves the
// module unusable, and large molecules take seconds to draw (250 nested branches: 2 s, 60 rings: 2.5 s).
// Counted by reading the text, without RDKit, so the browser applies the same rule as the server.
// The catalog's largest compounds (demo and synthetic bench catalogs) stay far inside these bounds:
// lib/catalog/structure-input.test.ts checks every one of them.

export const MAX_STRUCTURE_LENGTH = 1000;
export const MAX_HEAVY_ATOMS = 150;
export const MAX_RINGS = 15;
export const MAX_BRANCH_DEPTH = 20;
/** Atoms in a molblock, explicit hydrogens included (RDKit's SMILES writer overflows at ~800 chained atoms). */
export const MAX_MOLBLOCK_ATOMS = 3 * MAX_HEAVY_ATOMS;

export type StructureSize = { heavyAtoms: number; rings: number; branchDepth: number };

const ATOM = /^(Cl|Br|[BCNOPSFI]|[bcnops]|\*)/;

/**
 * Heavy atoms (bracket atoms count one each, plus the atoms of any recursive SMARTS `$(…)` inside
 * them), ring-closure bonds, and the deepest branch nesting of a SMILES or SMARTS.
 */
export function measureStructure(text: string): StructureSize {
  const size = { heavyAtoms: 0, rings: 0, branchDepth: 0 };
  let ringLabels = 0;
  let depth = 0;
  for (let i = 0; i < text.length;) {
    const ch = text[i]!;
    if (ch === "[") {
      const close = closingBracket(text, i);
      size.heavyAtoms++;
      // Recursive SMARTS puts a whole pattern inside one atom ("[$(NC=O)]"): measure it too.
      const inner = text.slice(i + 1, close);
      if (inner.includes("$(")) {
        const nested = measureStructure(inner);
        size.heavyAtoms += nested.heavyAtoms;
        ringLabels += 2 * nested.rings;
        size.branchDepth = Math.max(size.branchDepth, depth + nested.branchDepth);
      }
      i = close + 1;
    } else if (ch === "(") {
      depth++;
      size.branchDepth = Math.max(size.branchDepth, depth);
      i++;
    } else if (ch === ")") {
      depth = Math.max(0, depth - 1);
      i++;
    } else if (ch >= "0" && ch <= "9") {
      ringLabels++;
      i++;
    } else if (ch === "%") {
      // %nn, or %(nnn) in RDKit's extension
      ringLabels++;
      const end = text[i + 1] === "(" ? text.indexOf(")", i) : i + 2;
      i = end === -1 ? text.length : end + 1;
    } else {
      const atom = ATOM.exec(text.slice(i, i + 2));
      if (atom) size.heavyAtoms++;
      i += atom ? atom[0].length : 1;
    }
  }
  // Each ring bond is written twice, once where it opens and once where it closes.
  size.rings = Math.ceil(ringLabels / 2);
  return size;
}

function closingBracket(text: string, open: number) {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    if (text[i] === "[") depth++;
    else if (text[i] === "]" && --depth === 0) return i;
  }
  return text.length;
}

/** Why a structure is too large for RDKit here, in words for the person who typed it; undefined if it is not. */
export function structureSizeProblem(text: string): string | undefined {
  if (text.length > MAX_STRUCTURE_LENGTH) return `Keep the SMILES under ${MAX_STRUCTURE_LENGTH.toLocaleString("en")} characters`;
  const { heavyAtoms, rings, branchDepth } = measureStructure(text);
  if (heavyAtoms > MAX_HEAVY_ATOMS)
    return `This structure has ${heavyAtoms} heavy atoms; structures of up to ${MAX_HEAVY_ATOMS} can be drawn and searched here`;
  if (rings > MAX_RINGS)
    return `This structure has ${rings} ring closures; structures with up to ${MAX_RINGS} can be drawn and searched here`;
  if (branchDepth > MAX_BRANCH_DEPTH)
    return `This structure nests branches ${branchDepth} deep; up to ${MAX_BRANCH_DEPTH} levels can be drawn and searched here`;
  return undefined;
}

/** The atom count a molblock declares (V2000 counts line or V3000 COUNTS), without parsing it. */
export function molblockAtomCount(molblock: string): number {
  const v3000 = /^M {2}V30 COUNTS (\d+)/m.exec(molblock);
  if (v3000) return Number(v3000[1]);
  return Number.parseInt(molblock.split("\n")[3]?.slice(0, 3) ?? "", 10) || 0;
}
