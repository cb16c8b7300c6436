/** "15 September 2026" — dates are stored at UTC midnight, so they are shown in UTC. */
export function formatLongDate(date: Date) {
  return date.toLocaleDateString("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });
}
