// How a quote reads to the requester and when it lapses; shared by the page and the acceptance rules.

/** QT-2026-000123, or QT-2026-000123-R2 from the second revision on. */
export function quoteLabel(quote: { number: string; revision: number }) {
  return quote.revision >= 2 ? `${quote.number}-R${quote.revision}` : quote.number;
}

/** validUntil is the last day it can be accepted: it lapses at the end of that day, UTC. */
export function quoteExpired(quote: { validUntil: Date }, now = new Date()) {
  return now.getTime() >= quote.validUntil.getTime() + 86_400_000;
}

/** "5 Jan 2027": validity dates are stored at UTC midnight, so they are shown in UTC. */
export function formatDay(date: Date) {
  return date.toLocaleDateString("en-GB", { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" });
}
