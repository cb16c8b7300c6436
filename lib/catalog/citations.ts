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

/** A reference's text as its list entry prints it, each part ending in its punctuation. */
export type ReferenceParts = { authors: string | null; title: string; journal: string | null; publication: string | null };

// A part ends with a full stop unless it already ends a sentence ("et al.", a title ending in "?").
const sentence = (text: string) => (/[.?!]$/.test(text.trim()) ? text.trim() : `${text.trim()}.`);

/**
 * One style for every reference list (product data sheets and guides), Vancouver as PubMed prints it:
 * "Witkin JM, Mitchell SN, Wafford KA, et al. Comparative effects of LY3020371…. J Pharmacol Exp Ther.
 * 2017;361:68-86." A database record without a journal is its title, then its year if it has one.
 */
export function referenceParts(ref: Pick<CitableReference, "authors" | "title" | "journal" | "year" | "volume" | "pages">): ReferenceParts {
  const volumePages = [ref.volume, ref.pages].filter(Boolean).join(":");
  const publication = ref.year ? `${ref.year}${ref.volume ? `;${volumePages}` : ref.pages ? `:${ref.pages}` : ""}` : volumePages;
  return {
    authors: ref.authors?.trim() ? sentence(ref.authors) : null,
    title: sentence(ref.title),
    journal: ref.journal?.trim() ? sentence(ref.journal) : null,
    publication: publication ? `${publication}.` : null,
  };
}

/** The entry as one line of plain text. */
export function referenceText(ref: Parameters<typeof referenceParts>[0]) {
  const { authors, title, journal, publication } = referenceParts(ref);
  return [authors, title, journal, publication].filter(Boolean).join(" ");
}

/** "Witkin et al. 2017" — for compact citations in tables; falls back to journal, then title. */
export function shortCitation(ref: Pick<CitableReference, "authors" | "year" | "title" | "journal">) {
  const surname = ref.authors?.split(/[ ,]/)[0];
  const who = surname ? `${surname}${ref.authors!.includes(",") ? " et al." : ""}` : (ref.journal ?? `${ref.title.slice(0, 32)}…`);
  return `${who}${ref.year ? ` ${ref.year}` : ""}`;
}

/**
 * A product's sources numbered as its page and its datasheet both print them: the linked references,
 * then the CAS number's, the activities' and the solubility values' sources, each once.
 */
export function numberProductReferences<T extends { id: number }>(product: {
  references: { reference: T }[];
  casReference: T | null;
  activities: { reference: T }[];
  solubilities: { reference: T | null }[];
}) {
  return numberReferences([
    ...product.references.map((r) => r.reference),
    ...(product.casReference ? [product.casReference] : []),
    ...product.activities.map((a) => a.reference),
    ...product.solubilities.flatMap((s) => (s.reference ? [s.reference] : [])),
  ]);
}
