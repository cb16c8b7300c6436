// Numbering of the sources a page cites: each source once, in the order it is first cited.
export type CitableReference = {
  id: number;
  authors: string | null;
  title: string;
  journal: string | null;
  year: number | null;
  volume: string | null;
  pages: string | null;
  pmid: string | null;
  doi: string | null;
  url: string | null;
};

export function numberReferences<T extends { id: number }>(sources: T[]) {
  const list: T[] = [];
  const numbers = new Map<number, number>();
  for (const source of sources) {
    if (!numbers.has(source.id)) {
      list.push(source);
      numbers.set(source.id, list.length);
    }
  }
  return { list, numberOf: (source: { id: number }) => numbers.get(source.id)! };
}

export function referenceLinks(ref: Pick<CitableReference, "pmid" | "doi" | "url">) {
  return [
    ref.pmid ? { label: `PMID ${ref.pmid}`, href: `https://pubmed.ncbi.nlm.nih.gov/${encodeURIComponent(ref.pmid)}/` } : null,
    ref.doi ? { label: `doi:${ref.doi}`, href: `https://doi.org/${ref.doi.split("/").map(encodeURIComponent).join("/")}` } : null,
    ref.url && !ref.pmid && !ref.doi ? { label: new URL(ref.url).hostname, href: ref.url } : null,
  ].filter((link): link is { label: string; href: string } => link !== null);
}

/** "Witkin et al. 2017" — for compact citations in tables; falls back to journal, then title. */
export function shortCitation(ref: Pick<CitableReference, "authors" | "year" | "title" | "journal">) {
  const surname = ref.authors?.split(/[ ,]/)[0];
  const who = surname ? `${surname}${ref.authors!.includes(",") ? " et al." : ""}` : (ref.journal ?? `${ref.title.slice(0, 32)}…`);
  return `${who}${ref.year ? ` ${ref.year}` : ""}`;
}
