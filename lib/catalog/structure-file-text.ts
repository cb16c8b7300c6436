// Reading structure files as text, shared by the browser (which refuses a large file before sending
// it) and the server (which converts it with RDKit: lib/catalog/structure-file.ts).

/** A molfile of the largest structure allowed (MAX_MOLBLOCK_ATOMS atoms and their bonds) is ~40 kB. */
export const MAX_STRUCTURE_FILE_BYTES = 64 * 1024;

export const STRUCTURE_FILE_ACCEPT = ".mol,.sdf,.sd,chemical/x-mdl-molfile,chemical/x-mdl-sdfile";

/**
 * The first record's molblock: the text up to and including its "M  END" line (an SDF's data items
 * and later records are dropped); undefined when there is no "M  END".
 */
export function firstMolblock(text: string): string | undefined {
  const lines = text.replace(/\r\n?/g, "\n").split("\n");
  const end = lines.findIndex((line) => line.trimEnd() === "M  END");
  const next = lines.findIndex((line) => line.trim() === "$$$$");
  if (end === -1 || (next !== -1 && next < end)) return undefined;
  return lines.slice(0, end + 1).join("\n");
}
