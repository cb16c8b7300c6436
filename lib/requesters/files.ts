// Files from the requester's page: the type is decided by the extension and checked against the
// content where a signature exists, never taken from what the browser declares.
import { cleanName, isPdf } from "@/lib/core/uploaded-file";
import { MAX_FILE_BYTES, MAX_FILES, MAX_TOTAL_FILE_BYTES } from "@/lib/requesters/upload-limit";

const TYPES: Record<string, { contentType: string; check: (bytes: Uint8Array) => boolean }> = {
  pdf: { contentType: "application/pdf", check: isPdf },
  png: { contentType: "image/png", check: (b) => startsWith(b, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]) },
  jpg: { contentType: "image/jpeg", check: (b) => startsWith(b, [0xff, 0xd8, 0xff]) },
  jpeg: { contentType: "image/jpeg", check: (b) => startsWith(b, [0xff, 0xd8, 0xff]) },
  // Structure files, tables and notes are text: UTF-8 without NUL bytes.
  mol: { contentType: "chemical/x-mdl-molfile", check: isText },
  sdf: { contentType: "chemical/x-mdl-sdfile", check: isText },
  txt: { contentType: "text/plain", check: isText },
  csv: { contentType: "text/csv", check: isText },
};

export const ACCEPTED_EXTENSIONS = Object.keys(TYPES).map((e) => `.${e}`);

function startsWith(bytes: Uint8Array, signature: number[]) {
  return signature.every((b, i) => bytes[i] === b);
}

function isText(bytes: Uint8Array) {
  if (bytes.includes(0)) return false;
  try {
    new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

export type CheckedFile = { filename: string; contentType: string; size: number; content: Uint8Array<ArrayBuffer> };

/**
 * The files of a form field, checked: a type we take, within the size limits, content matching the
 * extension. Empty entries are dropped: a file input left empty still sends one (its name even
 * reaches the action as "undefined"), and an empty file has nothing to keep.
 */
export async function checkFiles(files: File[]): Promise<{ ok: true; files: CheckedFile[] } | { ok: false; message: string }> {
  const real = files.filter((f) => f.size > 0);
  if (real.length > MAX_FILES) return { ok: false, message: `Send at most ${MAX_FILES} files at a time` };
  const total = real.reduce((sum, f) => sum + f.size, 0);
  if (total > MAX_TOTAL_FILE_BYTES)
    return { ok: false, message: `Send at most ${MAX_TOTAL_FILE_BYTES / 1024 / 1024} MB of files at a time` };
  const checked: CheckedFile[] = [];
  for (const file of real) {
    const filename = cleanName(file.name);
    const extension = /\.([a-z0-9]+)$/i.exec(filename)?.[1]?.toLowerCase() ?? "";
    const type = TYPES[extension];
    if (!type) return { ok: false, message: `${filename}: send ${ACCEPTED_EXTENSIONS.join(", ")} files only` };
    if (file.size > MAX_FILE_BYTES) return { ok: false, message: `${filename} is over ${MAX_FILE_BYTES / 1024 / 1024} MB` };
    const content = new Uint8Array(await file.arrayBuffer());
    if (!type.check(content)) return { ok: false, message: `${filename} does not look like a .${extension} file` };
    checked.push({ filename, contentType: type.contentType, size: content.length, content });
  }
  return { ok: true, files: checked };
}

/** The File entries of a form field (strings are ignored). */
export function filesOf(formData: FormData, name: string) {
  return formData.getAll(name).filter((v): v is File => typeof v === "object" && v !== null && "arrayBuffer" in v);
}
