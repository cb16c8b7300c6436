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
