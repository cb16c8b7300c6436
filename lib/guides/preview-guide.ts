import "server-only";
import { shortCitation } from "@/lib/catalog/citations";
import { db } from "@/lib/db";
import { resolveCitations } from "@/lib/guides/guide-sources";
import { renderGuideMarkdown } from "@/lib/guides/markdown";

/**
 * A guide body as readers will see it (the same rendering and sanitising as the guide page), with
 * its numbered references and the citation problems a save would refuse.
 */
export async function previewGuide(body: string) {
  const { cited, problems } = await resolveCitations(db, body);
  const numbers = new Map(cited.filter((c) => c.reference).map((c) => [c.key, c.number]));
  const { html, toc } = await renderGuideMarkdown(body, (key) => numbers.get(key));
  return {
    html,
    headings: toc.map((t) => t.text),
    references: cited.map((c) => ({ number: c.number, key: c.key, citation: c.reference ? shortCitation(c.reference) : null })),
    problems,
  };
}
