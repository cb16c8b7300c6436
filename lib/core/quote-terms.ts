// How a quote is named and when it lapses: read by staff pages, the PDF, the requester's page and the
// acceptance rules alike, so it sits below every domain that shows quotes.

const DAY_MS = 86_400_000;

/** The number as printed: the first revision is the bare number, later ones carry "-R2", "-R3" … */
export function quoteLabel({ number, revision }: { number: string; revision: number }) {
  return revision > 1 ? `${number}-R${revision}` : number;
}

/**
 * The first instant the quote is no longer valid. validUntil is a DATE, the last day the quote can be
 * accepted: it lapses at midnight UTC after that day.
 */
export function quoteExpiresAt(validUntil: Date): Date {
  return new Date(Math.floor(validUntil.getTime() / DAY_MS) * DAY_MS + DAY_MS);
}

export function quoteExpired(quote: { validUntil: Date }, now = new Date()): boolean {
  return now.getTime() >= quoteExpiresAt(quote.validUntil).getTime();
}

/** "5 Jan 2027": validity dates are stored at UTC midnight, so they are shown in UTC. */
export function formatDay(date: Date) {
  return date.toLocaleDateString("en-GB", { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" });
}
