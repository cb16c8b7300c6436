import { truncate } from "@/lib/core/plain-text";

/** What the staff inbox search looks through, lower-cased: see Inquiry.searchText. */
export function searchTextFor(parts: (string | null | undefined | Record<string, unknown>)[]) {
  const text = parts
    .filter((part) => part !== null && part !== undefined)
    .map((part) => (typeof part === "string" ? part : JSON.stringify(part)))
    .join(" ")
    .toLowerCase();
  return truncate(text, 200_000);
}
