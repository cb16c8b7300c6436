// Canned replies are plain text with {{variable}} slots filled in per inquiry. Kept free of server
// imports: the admin form checks a template in the browser with the same rules.

export const templateVariables = ["name", "reference", "product"] as const;
export type TemplateValues = Record<(typeof templateVariables)[number], string>;

// Any {{word}}, so a mistyped variable ({{product_name}}) is caught by unknownVariables.
const SLOT = /\{\{\s*([\w-]+)\s*\}\}/g;

/** Variables a template uses that we cannot fill. */
export function unknownVariables(template: string) {
  const known = new Set<string>(templateVariables);
  return [...template.matchAll(SLOT)].map((m) => m[1]!).filter((name) => !known.has(name));
}

/**
 * Fill the slots. Values are inserted once, never re-scanned, so a requester called "{{reference}}"
 * stays literally that. The result is plain text: the email template escapes it.
 */
export function fillTemplate(template: string, values: TemplateValues) {
  return template.replace(SLOT, (slot, name: string) => (Object.hasOwn(values, name) ? values[name as keyof TemplateValues] : slot));
}

// Text in square brackets marks what the sender writes in: "[pack size — price — lead time]". A
// bracket without a lower-case word ("[3H]", "[1]", "[Q-2026-000123]") is chemistry or a reference.
const PLACEHOLDER = /\[[^[\]\n]*[a-z]{3}[^[\]\n]*\]/g;

/** The bracketed passages of a canned reply that the sender must replace, each once. */
export function placeholdersIn(template: string) {
  return [...new Set(template.match(PLACEHOLDER) ?? [])];
}

/** The canned replies' placeholders still in a reply, word for word. */
export function unfilledPlaceholders(body: string, placeholders: readonly string[]) {
  return placeholders.filter((placeholder) => body.includes(placeholder));
}

/** Shown next to the "send as written" box (form field `sendAsWritten`). */
export function unfilledMessage(unfilled: readonly string[]) {
  return `Replace ${unfilled.map((p) => `“${p}”`).join(" and ")} with your text, or tick the box to send the reply as written`;
}
