/** What the staff inbox search looks through, lower-cased: see Inquiry.searchText. */
export function searchTextFor(parts: (string | null | undefined | Record<string, unknown>)[]) {
  return parts
    .filter((part) => part !== null && part !== undefined)
    .map((part) => (typeof part === "string" ? part : JSON.stringify(part)))
    .join(" ")
    .toLowerCase()
    .slice(0, 200_000);
}
