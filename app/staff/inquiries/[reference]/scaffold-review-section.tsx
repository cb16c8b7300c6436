import { jurisdictionOf } from "@/lib/catalog/control-labels";
import { scaffoldByKey } from "@/lib/catalog/controlled-scaffolds";

/**
 * The controlled scaffolds the requested structure matched at submission. The request was accepted
 * as any other; this is for staff to review the structure and the end use before quoting.
 */
export function ScaffoldReviewSection({ scaffolds }: { scaffolds: string[] }) {
  if (!scaffolds.length) return null;
  return (
    <section aria-labelledby="scaffold-heading" className="card border-2 border-warn bg-warn-wash p-5">
      <h2 id="scaffold-heading" className="text-lg text-warn">
        <span aria-hidden="true">⚠ </span>Flagged for review: controlled scaffold
      </h2>
      <p className="mt-2 text-sm">
        The requested structure matches the scaffolds below. Check whether the compound is controlled where it will be made and sent, and
        ask for the licence or registration before quoting. The requester was not told of the match.
      </p>
      <ul className="mt-3 space-y-3 text-sm">
        {scaffolds.map((key) => {
          const s = scaffoldByKey(key);
          return (
            <li key={key}>
              <strong>{s.name}</strong>
              {s.jurisdictions?.length ? <> ({s.jurisdictions.map((j) => jurisdictionOf(j).short).join(", ")})</> : null}
              {s.smarts ? (
                <span className="block text-ink-muted">
                  SMARTS <span className="identifier break-all">{s.smarts}</span>
                </span>
              ) : null}
              {s.source ? (
                <span className="block">
                  Source:{" "}
                  {s.sourceUrl ? (
                    <a href={s.sourceUrl} rel="noopener noreferrer" className="break-words">
                      {s.source}
                    </a>
                  ) : (
                    s.source
                  )}
                </span>
              ) : null}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
