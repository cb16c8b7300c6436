import Link from "next/link";
import { inquiryHref } from "@/lib/inquiries/prefill";

const actions = [
  { path: "/quote", label: "Request a quote", hint: "Pricing for any pack size, bulk or GMP grade", primary: true },
  { path: "/custom-synthesis", label: "Request custom synthesis", hint: "Isotopic labelling, scale-up, new salt forms" },
  { path: "/support", label: "Ask our PhD support team", hint: "Will this reagent suit your assay?" },
];

/** The three inquiry kinds, each form pre-filled with the products on this page. */
export function InquiryActions({
  catalogNumbers,
  title = "Order or ask about this product",
}: {
  catalogNumbers: string[];
  title?: string;
}) {
  return (
    <section aria-labelledby="inquiry-heading" className="card p-4 no-print">
      <h2 id="inquiry-heading" className="text-base font-semibold">
        {title}
      </h2>
      <ul className="mt-3 grid gap-3">
        {actions.map((action) => (
          <li key={action.path}>
            <Link
              href={inquiryHref(action.path, catalogNumbers)}
              className={`btn w-full ${action.primary ? "btn-primary" : "btn-secondary"}`}
            >
              {action.label}
            </Link>
            <span className="mt-1 block text-xs text-ink-muted">{action.hint}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
