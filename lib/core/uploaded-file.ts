// What every upload here checks the same way, whoever sends it (a requester's files, an admin's SDS):
// the file's content, never the type the browser declares, and a name safe to show and store.

/** "%PDF-": how every PDF file starts, whatever its name says. */
export const isPdf = (bytes: Uint8Array) => [0x25, 0x50, 0x44, 0x46, 0x2d].every((b, i) => bytes[i] === b);

/** Only the last path segment, without control characters, at most 200 characters. */
export function cleanName(name: string) {
  const base =
    name
      .split(/[\\/]/)
      .pop()
      ?.replace(/[\u0000-\u001f\u007f]/g, "")
      .trim() ?? "";
  return base.slice(-200) || "file";
}
