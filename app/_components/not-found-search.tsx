"use client";
import Link from "next/link";
import { useSyncExternalStore } from "react";
import { SearchForm } from "@/app/_components/search-form";

const MAX_TERM = 100;

/** What the visitor probably meant by the address: its last segment ("/products/B81059" → "B81059", "/guides/hplc-basics" → "hplc basics"). */
function termOf(pathname: string): string {
  const segments = pathname.split("/").filter(Boolean);
  const last = segments.at(-1);
  if (!last) return "";
  let term: string;
  try {
    term = decodeURIComponent(last);
  } catch {
    return "";
  }
  // Guide slugs join words with hyphens; catalog numbers may contain hyphens that matter, so they stay.
  if (segments[0] === "guides") term = term.replace(/[-_]+/g, " ");
  return term.trim().slice(0, MAX_TERM);
}

const noSubscription = () => () => {};

/**
 * The search a 404 page offers, filled with what was typed in the address. The 404 page is rendered
 * once and served for every unknown address, so the address is read in the browser only (the server
 * snapshot is empty): no hydration mismatch, and without JavaScript the empty form still works.
 */
export function NotFoundSearch() {
  const term = useSyncExternalStore(
    noSubscription,
    () => termOf(window.location.pathname),
    () => "",
  );
  return (
    <div className="mt-6 max-w-2xl">
      {term ? (
        <p>
          <Link href={`/search?q=${encodeURIComponent(term)}`} className="font-semibold">
            Search for “{term}”
          </Link>
        </p>
      ) : null}
      {/* Keyed by the term: it is read from the address only once the page has hydrated. */}
      <SearchForm key={term} id="not-found-q" defaultValue={term} className="mt-3" />
    </div>
  );
}
