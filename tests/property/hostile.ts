// fast-check arbitraries for hostile input: random Unicode, control characters, bidi overrides,
// lone surrogates, huge strings, SQL and template metacharacters, header injection and malformed
// SMILES, mixed with the fixed XSS corpus. Shared by the property tests in this folder.
import fc from "fast-check";
import { invisiblePayloads, multiLinePayloads, singleLinePayloads } from "@/tests/fixtures/xss-payloads";

/** Runs per property: enough to find the classes of bad input, small enough for the suite to stay fast. */
export const RUNS = Number(process.env.PROPERTY_RUNS ?? 60);

const fragments = [
  ...singleLinePayloads,
  ...multiLinePayloads,
  ...invisiblePayloads,
  "\r\nBcc: victim@evil.example",
  "\nTo: victim@evil.example",
  "%0d%0aBcc:x@y.z",
  "\u0000",
  "\u0085",
  "\u2028",
  "\u200B",
  "\uFEFF",
  "\uFFFD",
  "\uD800",
  "\uDFFF",
  "\u{1F9EA}",
  "\u202E",
  "\u061C",
  "Å",
  "A\u030A",
  "' OR 1=1 --",
  "$1",
  "$&",
  "\\",
  "\\u0000",
  "%s%n%x",
  "__proto__",
  "constructor",
  "C1CC(",
  "c1ccccc1)",
  "[Xx]",
  "C%99C",
  "[C@@H](",
  "CC(=O)O".repeat(200),
];

/** One piece of hostile text. */
const piece = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...fragments) },
  { weight: 2, arbitrary: fc.string({ unit: "binary", maxLength: 40 }) },
  { weight: 2, arbitrary: fc.string({ unit: "grapheme", maxLength: 40 }) },
  { weight: 1, arbitrary: fc.string({ unit: fc.integer({ min: 0, max: 0x9f }).map((c) => String.fromCharCode(c)), maxLength: 20 }) },
);

/** Hostile text: a few pieces joined, sometimes blank, sometimes padded, sometimes huge (over 100,000 characters). */
export const hostileString = fc.oneof(
  { weight: 8, arbitrary: fc.array(piece, { minLength: 1, maxLength: 4 }).map((parts) => parts.join("")) },
  { weight: 1, arbitrary: fc.constantFrom("", " ", "\t", "\r\n", "   \u00A0") },
  {
    weight: 1,
    arbitrary: fc
      .tuple(piece, fc.integer({ min: 100_001, max: 150_000 }))
      .map(([p, n]) => (p || "x").repeat(Math.ceil(n / Math.max(1, p.length)))),
  },
);

/** Characters no stored single-line value may contain: line breaks and the other controls (a tab is allowed), bidi overrides. */
export const UNSAFE_IN_LINE = /[\u0000-\u0008\u000A-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/;
export const UNSAFE_IN_TEXT = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/;
export const isWellFormed = (value: string) => value.isWellFormed();

/** A FormData as a browser would post it. */
export function formDataOf(values: Record<string, string | string[]>) {
  const data = new FormData();
  for (const [key, value] of Object.entries(values)) for (const v of [value].flat()) data.append(key, v);
  return data;
}
