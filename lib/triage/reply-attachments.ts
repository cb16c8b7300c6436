// Limits on files staff attach to a reply (a CoA, a specification). No "server-only": the reply form
// checks them as files are chosen, and proxy.ts refuses a larger action body before Next parses it.

export const REPLY_MAX_FILES = 5;
export const REPLY_MAX_FILE_BYTES = 5 * 1024 * 1024;
export const REPLY_MAX_TOTAL_BYTES = 10 * 1024 * 1024;
/** The largest server-action body to a staff inquiry page: the files plus room for the reply text. */
export const REPLY_ACTION_BODY_LIMIT = REPLY_MAX_TOTAL_BYTES + 256 * 1024;
const MAX_FILENAME_CHARS = 150;

// The type sent with the email follows the extension, never the browser's guess: a mail client
// decides by it how to open the file.
const TYPES: Record<string, string> = {
  pdf: "application/pdf",
  png: "image/png",
  jpg: "image/jpeg",
  jpeg: "image/jpeg",
  gif: "image/gif",
  webp: "image/webp",
  mol: "chemical/x-mdl-molfile",
  sdf: "chemical/x-mdl-sdfile",
  txt: "text/plain",
  csv: "text/csv",
  doc: "application/msword",
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  xls: "application/vnd.ms-excel",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  odt: "application/vnd.oasis.opendocument.text",
  ods: "application/vnd.oasis.opendocument.spreadsheet",
};

/** For the file input's accept attribute. */
export const REPLY_ACCEPT = Object.keys(TYPES)
  .map((ext) => `.${ext}`)
  .join(",");

const mb = (bytes: number) => `${bytes / 1024 / 1024} MB`;
export const REPLY_ATTACHMENT_HINT = `PDF, images, .mol/.sdf, .txt/.csv or office documents; up to ${REPLY_MAX_FILES} files, ${mb(REPLY_MAX_FILE_BYTES)} each, ${mb(REPLY_MAX_TOTAL_BYTES)} in all.`;

const extensionOf = (name: string) => /\.([a-z0-9]+)$/i.exec(name)?.[1]?.toLowerCase() ?? "";

/** The MIME type a permitted file is sent as; undefined for a type that is not permitted. */
export const replyAttachmentType = (name: string): string | undefined => TYPES[extensionOf(name)];

/** A name safe in a MIME header and a download: no path, no control characters, bounded length. */
export function cleanFilename(name: string) {
  const base = (name.split(/[\\/]/).pop() ?? "").replace(/[\u0000-\u001f\u007f"]/g, "_").trim();
  if (base.length <= MAX_FILENAME_CHARS) return base || "attachment";
  const ext = extensionOf(base);
  return `${base.slice(0, MAX_FILENAME_CHARS - ext.length - 1)}.${ext}`;
}

/** What is wrong with the chosen files, in words for the field's error; null when they may be sent. */
export function replyAttachmentProblem(files: readonly { name: string; size: number }[]): string | null {
  if (files.length > REPLY_MAX_FILES) return `Attach at most ${REPLY_MAX_FILES} files to one reply.`;
  const refused = files.find((f) => !replyAttachmentType(f.name));
  if (refused) return `“${cleanFilename(refused.name)}” is not a permitted type: ${REPLY_ATTACHMENT_HINT}`;
  const large = files.find((f) => f.size > REPLY_MAX_FILE_BYTES);
  if (large) return `“${cleanFilename(large.name)}” is larger than ${mb(REPLY_MAX_FILE_BYTES)}.`;
  if (files.reduce((sum, f) => sum + f.size, 0) > REPLY_MAX_TOTAL_BYTES)
    return `The files come to more than ${mb(REPLY_MAX_TOTAL_BYTES)} together: send some in a second reply.`;
  return null;
}
