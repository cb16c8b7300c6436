import Link from "next/link";
import { formatLongDate } from "@/app/_components/format-date";
import { formatMoney } from "@/lib/core/money";
import type { QuoteStatus } from "@/lib/generated/prisma/enums";
import { quoteLabel } from "@/lib/core/quote-terms";
import { listQuotesForInquiry } from "@/lib/quotes/queries";
import { reviseQuoteAction } from "./quote/actions";

export const quoteStatusLabels: Record<QuoteStatus, string> = {
  DRAFT: "Draft",
  SENT: "Sent",
  SUPERSEDED: "Superseded",
  ACCEPTED: "Accepted",
  DECLINED: "Declined",
};

// Text and background pairs chosen for at least 4.5:1 contrast.
const statusStyles: Record<QuoteStatus, string> = {
  DRAFT: "bg-amber-100 text-amber-900",
  SENT: "bg-violet-100 text-violet-900",
  SUPERSEDED: "bg-slate-200 text-slate-800",
  ACCEPTED: "bg-green-100 text-green-900",
  DECLINED: "bg-stone-200 text-stone-800",
};

/** The inquiry's quotes, every revision, with their PDFs; "Create quote" opens the builder. */
export async function QuotesPanel({ inquiryId, reference, canQuote }: { inquiryId: string; reference: string; canQuote: boolean }) {
  const quotes = await listQuotesForInquiry(inquiryId);
  const builder = `/staff/inquiries/${encodeURIComponent(reference)}/quote`;
  const hasDraft = new Set(quotes.filter((q) => q.status === "DRAFT").map((q) => q.number));
  return (
    <section aria-labelledby="quotes-heading" className="card bg-white p-5">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h2 id="quotes-heading" className="text-lg">
          Quotes
        </h2>
        {canQuote ? (
          <Link href={builder} className="btn btn-primary">
            Create quote
          </Link>
        ) : null}
      </div>
      {quotes.length === 0 ? (
        <p className="mt-2 text-sm text-ink-muted">No quote yet.</p>
      ) : (
        <div className="mt-3 overflow-x-auto">
          <table className="w-full text-sm">
            <caption className="sr-only">Quotes of {reference}</caption>
            <thead>
              <tr className="border-b border-line text-left">
                <th scope="col" className="py-2 pr-3">
                  Quote
                </th>
                <th scope="col" className="py-2 pr-3">
                  Status
                </th>
                <th scope="col" className="py-2 pr-3 text-right">
                  Total
                </th>
                <th scope="col" className="py-2 pr-3">
                  Valid until
                </th>
                <th scope="col" className="py-2">
                  <span className="sr-only">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {quotes.map((quote) => {
                const label = quoteLabel(quote);
                return (
                  <tr key={quote.id} className="border-b border-line align-top">
                    <th scope="row" className="py-2 pr-3 font-normal">
                      <span className="identifier">{label}</span>
                      <span className="block text-xs text-ink-muted">Revision {quote.revision}</span>
                    </th>
                    <td className="py-2 pr-3">
                      <span className={`inline-block rounded-full px-2 py-0.5 text-xs font-semibold ${statusStyles[quote.status]}`}>
                        {quoteStatusLabels[quote.status]}
                      </span>
                    </td>
                    <td className="py-2 pr-3 text-right whitespace-nowrap">{formatMoney(quote.totalMinor, quote.currency)}</td>
                    <td className="py-2 pr-3 whitespace-nowrap">{formatLongDate(quote.validUntil)}</td>
                    <td className="space-x-3 py-2 whitespace-nowrap">
                      <a href={`/staff/quotes/${quote.id}/pdf`}>
                        PDF<span className="sr-only"> of {label}</span>
                      </a>
                      {quote.status === "DRAFT" ? (
                        <Link href={`${builder}?id=${quote.id}`}>
                          Edit<span className="sr-only"> {label}</span>
                        </Link>
                      ) : null}
                      {canQuote && (quote.status === "SENT" || quote.status === "DECLINED") && !hasDraft.has(quote.number) ? (
                        <form action={reviseQuoteAction} className="inline">
                          <input type="hidden" name="quoteId" value={quote.id} />
                          <button type="submit" className="text-brand underline">
                            Revise<span className="sr-only"> {label}</span>
                          </button>
                        </form>
                      ) : null}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
