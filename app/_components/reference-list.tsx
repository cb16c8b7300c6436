import { referenceLinks, referenceParts, type CitableReference } from "@/lib/catalog/citations";

/** A numbered reference list; entry n has id `ref-n` so citation markers can link to it. */
export function ReferenceList({ references }: { references: CitableReference[] }) {
  return (
    <ol className="list-decimal space-y-2 pl-6 text-sm">
      {references.map((ref, i) => (
        <li key={ref.id} id={`ref-${i + 1}`} className="scroll-mt-4">
          <ReferenceText reference={ref} />
          {referenceLinks(ref).map((link) => (
            <a key={link.href} href={link.href} className="ml-2 wrap-anywhere" rel="noopener noreferrer" target="_blank">
              {link.label}
              <span className="sr-only"> (opens in a new tab)</span>
            </a>
          ))}
        </li>
      ))}
    </ol>
  );
}

/** Authors, title, journal and publication details, punctuated by referenceParts' one style. */
function ReferenceText({ reference }: { reference: CitableReference }) {
  const { authors, title, journal, publication } = referenceParts(reference);
  return (
    <>
      {authors ? <span>{authors} </span> : null}
      <span className="font-medium">{title}</span>
      {journal ? (
        <>
          {" "}
          <i>{journal}</i>
        </>
      ) : null}
      {publication ? ` ${publication}` : null}
    </>
  );
}

export function CitationMarker({ n }: { n: number }) {
  return (
    <sup>
      <a href={`#ref-${n}`} aria-label={`Reference ${n}`} className="no-underline">
        [{n}]
      </a>
    </sup>
  );
}
