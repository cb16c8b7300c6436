// Citations in guide bodies are written [@key] or [@key1; @key2]. References are numbered in the
// order they are first cited, so [1] is always the first source the reader meets.
const CITATION = /\[(@[\w.-]+(?:\s*;\s*@[\w.-]+)*)\]/g;

function keysIn(group: string) {
  return group.split(";").map((k) => k.trim().replace(/^@/, ""));
}

/** Cited keys in order of first citation, each once. */
export function citationOrder(markdown: string): string[] {
  const order: string[] = [];
  for (const [, group] of markdown.matchAll(CITATION)) {
    for (const key of keysIn(group!)) if (!order.includes(key)) order.push(key);
  }
  return order;
}

/**
 * Replace each citation with Markdown links to its numbered entries ([1], [2]…), given the
 * numbering. A key missing from the numbering renders as [?] so the gap is visible, never silent.
 */
export function linkCitations(markdown: string, numberOf: (key: string) => number | undefined): string {
  return markdown.replace(CITATION, (_, group: string) =>
    keysIn(group)
      .map((key) => {
        const n = numberOf(key);
        return n ? `[\\[${n}\\]](#ref-${n})` : "\\[?\\]";
      })
      .join(""),
  );
}
