import { fileDownload } from "@/lib/http/content-disposition";
import { getOwnQuotePdf } from "@/lib/requesters/access";
import { quoteLabel } from "@/lib/core/quote-terms";
import { currentRequester } from "@/lib/requesters/session";

const notFound = () => new Response("Not found", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });

/** The quote's PDF exactly as it was sent. */
export async function GET(_request: Request, { params }: { params: Promise<{ reference: string; quoteId: string }> }) {
  const session = await currentRequester();
  if (!session) return notFound();
  const { reference, quoteId } = await params;
  const quote = await getOwnQuotePdf(session, reference, quoteId);
  if (!quote) return notFound();
  return fileDownload({ filename: `${quoteLabel(quote)}.pdf`, contentType: "application/pdf", content: quote.pdf });
}
