import { controlBadgeText, jurisdictionOf, type ControlSummary } from "@/lib/catalog/control-labels";

type Control = ControlSummary & { note: string | null; reference: { title: string; url: string | null } };

/** The product page's panel: each jurisdiction's schedule or class, its legal source, and what a buyer sends. */
export function ControlledPanel({ controls }: { controls: Control[] }) {
  if (!controls.length) return null;
  return (
    <section aria-labelledby="controlled-heading" className="rounded-md border-2 border-warn bg-warn-wash p-4 text-sm">
      <h2 id="controlled-heading" className="text-base font-semibold text-warn">
        <span aria-hidden="true">⚠ </span>Controlled substance
      </h2>
      <dl className="mt-2 space-y-3">
        {controls.map((c) => {
          const j = jurisdictionOf(c.jurisdiction);
          return (
            <div key={c.jurisdiction}>
              <dt className="font-semibold">
                {j.country}: {c.schedule}
              </dt>
              <dd>
                <span className="block text-ink-muted">{j.law}</span>
                {c.note ? <span className="block">{c.note}</span> : null}
                <span className="block">
                  Source:{" "}
                  {c.reference.url ? (
                    <a href={c.reference.url} rel="noopener noreferrer" className="break-words">
                      {c.reference.title}
                    </a>
                  ) : (
                    c.reference.title
                  )}
                </span>
              </dd>
            </div>
          );
        })}
      </dl>
      <h3 className="mt-3 font-semibold">What a buyer must provide</h3>
      <ul className="mt-1 list-disc space-y-1 pl-5">
        {controls.map((c) => (
          <li key={c.jurisdiction}>
            {jurisdictionOf(c.jurisdiction).country}: {jurisdictionOf(c.jurisdiction).buyerNeeds}.
          </li>
        ))}
        <li>With the quote request: the licence or registration number, a copy of the licence (PDF or image) and an end-use statement.</li>
        <li>We send a quote only after checking the licence; export and import permits are arranged before shipping.</li>
      </ul>
    </section>
  );
}

/**
 * A small badge for listings and search results: "Controlled: US Schedule III · UK Class B". With
 * `href`, a link to the product page's panel (on a phone the panel is far below the header).
 */
export function ControlledBadge({ controls, href }: { controls: ControlSummary[]; href?: string }) {
  if (!controls.length) return null;
  const text = `Controlled: ${controlBadgeText(controls)}`;
  return (
    <p className="mt-2 inline-block rounded border border-warn bg-warn-wash px-2 py-0.5 text-xs font-semibold text-warn">
      {href ? (
        <a href={href} className="text-warn">
          {text}
        </a>
      ) : (
        text
      )}
    </p>
  );
}
