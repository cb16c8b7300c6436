import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireStaff } from "@/lib/auth/require-staff";
import { quoteLabel } from "@/lib/core/quote-terms";
import { licenceRefusal } from "@/lib/quotes/licence-check";
import { quoteDefaultsFor } from "@/lib/quotes/prefill";
import { inquiryForQuote, quoteForBuilder } from "@/lib/quotes/queries";
import { quoteStatusLabels } from "../quotes-panel";
import { QuoteBuilder } from "./quote-builder";

export const metadata: Metadata = { title: "Quote builder" };

/** The quote builder: a new quote prefilled from the inquiry, or a saved draft (?id=…). */
export default async function QuoteBuilderPage({ params, searchParams }: PageProps<"/staff/inquiries/[reference]/quote">) {
  await requireStaff();
  const inquiry = await inquiryForQuote((await params).reference);
  if (!inquiry) notFound();
  const id = (await searchParams).id;
  const quote =
    typeof id === "string" && /^[a-z0-9]{1,40}$/i.test(id) ? await quoteForBuilder({ quoteId: id, inquiryId: inquiry.id }) : null;
  if (id !== undefined && !quote) notFound();
  const values = quote ? quote.values : await quoteDefaultsFor(inquiry.id);
  if (!values) notFound();
  const inquiryUrl = `/staff/inquiries/${encodeURIComponent(inquiry.reference)}`;
  const sendRefusal = quote?.status === "DRAFT" ? await licenceRefusal({ inquiryId: inquiry.id, quoteId: quote.id }) : null;

  return (
    <div className="space-y-6">
      <nav aria-label="Breadcrumb" className="text-sm">
        <Link href={inquiryUrl}>← {inquiry.reference}</Link>
      </nav>
      <header>
        <h1 className="text-2xl">
          {quote ? (
            <>
              Quote <span className="identifier text-2xl">{quoteLabel(quote)}</span> · {quoteStatusLabels[quote.status]}
            </>
          ) : (
            "New quote"
          )}
        </h1>
        <p className="mt-1 text-sm text-ink-muted">
          For {inquiry.name}, {inquiry.institution} ({inquiry.country}) · request {inquiry.reference}
        </p>
      </header>
      {inquiry.status === "SPAM" ? (
        <p className="card bg-white p-5">This inquiry is marked as spam. Restore it before quoting.</p>
      ) : quote && quote.status !== "DRAFT" ? (
        <p className="card bg-white p-5">
          This quote was sent and can no longer change. <a href={`/staff/quotes/${quote.id}/pdf`}>Open its PDF</a>, or revise it from the{" "}
          <Link href={inquiryUrl}>inquiry page</Link>.
        </p>
      ) : (
        <QuoteBuilder
          key={quote?.id ?? "new"}
          inquiryId={inquiry.id}
          quoteId={quote?.id}
          initial={values}
          requesterEmail={inquiry.email}
          sendRefusal={sendRefusal}
        />
      )}
    </div>
  );
}
