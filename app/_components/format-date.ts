/** "15 September 2026" — dates are stored at UTC midnight, so they are shown in UTC. */
export function formatLongDate(date: Date) {
  return date.toLocaleDateString("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });
}

/** "27 Nov 2026, 14:05 UTC": staff times are shown in UTC, the zone the SLA clock runs in. */
export function formatDateTime(date: Date) {
  return `${date.toLocaleString("en-GB", { day: "numeric", month: "short", year: "numeric", hour: "2-digit", minute: "2-digit", hour12: false, timeZone: "UTC" })} UTC`;
}
