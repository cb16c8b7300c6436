// What typed text may contain: every form's schema (public and staff, browser and server) and the
// search boxes apply these rules.

// C0 controls other than tab and line breaks, DEL, C1 controls, Unicode bidi overrides and isolates:
// invisible, and the stuff of header injection and spoofed text. PostgreSQL cannot store a NUL.
const CONTROLS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/g;

/**
 * Those, and unpaired UTF-16 surrogates, which PostgreSQL refuses inside JSON. No lookbehind, so
 * older Safari parses the form bundles.
 */
const INVISIBLE = new RegExp(`${CONTROLS.source}|[\\uD800-\\uDBFF](?![\\uDC00-\\uDFFF])|(?:^|[^\\uD800-\\uDBFF])[\\uDC00-\\uDFFF]`);

const LINE_BREAK = /[\r\n\u2028\u2029]/;

export const hasInvisible = (value: string) => INVISIBLE.test(value);
export const isSingleLine = (value: string) => !LINE_BREAK.test(value) && !INVISIBLE.test(value);

/** Search boxes take what they are given: the controls are dropped rather than refused. */
export const withoutControls = (value: string) => value.replace(CONTROLS, "");

/**
 * The first `max` UTF-16 units, without splitting a surrogate pair: half an emoji is an unpaired
 * surrogate, which Prisma's JSON protocol cannot carry (the query fails).
 */
export function truncate(value: string, max: number) {
  if (value.length <= max) return value;
  const cut = value.slice(0, max);
  return /[\uD800-\uDBFF]$/.test(cut) ? cut.slice(0, -1) : cut;
}
