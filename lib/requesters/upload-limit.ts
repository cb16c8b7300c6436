// Limits on files a requester sends from their page. Read by the proxy too (no "server-only"), which
// refuses a larger server-action body to /requests/… before anything parses it.

export const MAX_FILE_BYTES = 5 * 1024 * 1024;
export const MAX_FILES = 5;
export const MAX_TOTAL_FILE_BYTES = 10 * 1024 * 1024;
/** The largest action body to /requests/…: the files plus room for the form's text fields. */
export const REQUESTER_ACTION_BODY_LIMIT = MAX_TOTAL_FILE_BYTES + 256 * 1024;
/**
 * The largest action body to /quote: a quote request for a controlled product carries one licence
 * document (at most MAX_FILE_BYTES, lib/inquiries/schema.ts) with the form's text fields.
 */
export const QUOTE_ACTION_BODY_LIMIT = MAX_FILE_BYTES + 256 * 1024;
