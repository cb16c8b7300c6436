import { shortCitation } from "@/lib/catalog/citations";
import type { listReferenceChoices } from "@/lib/catalog/references";

/** The citable keys for the guide form's crib list: only sources with a PubMed id or DOI qualify. */
export function citableKeys(choices: Awaited<ReturnType<typeof listReferenceChoices>>) {
  return choices
    .filter((c) => c.pmid || c.doi)
    .map((c) => ({ key: c.key, label: `${shortCitation({ ...c, journal: null })} — ${c.title}` }));
}
