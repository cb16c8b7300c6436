import { site } from "@/lib/site";

const actions = [
  { label: "Request a quote", hint: "Pricing for any pack size, bulk or GMP grade" },
  { label: "Request custom synthesis", hint: "Isotopic labelling, scale-up, new compounds" },
  { label: "Ask our PhD support team", hint: "Will this reagent suit your assay?" },
];

/**
 * The three inquiry kinds. Their online forms are not live yet, so the buttons are shown disabled
 * with the address that handles the same requests today, rather than linking to a dead page.
 */
export function InquiryActions({ catalogNumbers }: { catalogNumbers: string[] }) {
  const subject = encodeURIComponent(`Inquiry: ${catalogNumbers.join(", ")}`);
  return (
    <section aria-labelledby="inquiry-heading" className="card p-4 no-print">
      <h2 id="inquiry-heading" className="text-base font-semibold">
        Order or ask about this product
      </h2>
      <ul className="mt-3 grid gap-2">
        {actions.map((action) => (
          <li key={action.label}>
            <button type="button" disabled className="btn w-full" aria-describedby="inquiry-note">
              {action.label}
            </button>
            <span className="mt-1 block text-xs text-ink-muted">{action.hint}</span>
          </li>
        ))}
      </ul>
      <p id="inquiry-note" className="mt-3 text-sm text-ink-muted">
        Online inquiry forms are coming soon. Until then, email{" "}
        <a href={`mailto:${site.email}?subject=${subject}`}>{site.email}</a> with the catalog number and we reply within one
        business day.
      </p>
    </section>
  );
}
