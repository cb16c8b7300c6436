"use client";
import Link from "next/link";
import { useSyncExternalStore } from "react";
import { inputClass } from "@/app/_components/forms/field";

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
      <form action="/search" method="get" role="search" aria-label="Search the catalog and guides" className="mt-3 flex gap-2">
        <label htmlFor="not-found-q" className="sr-only">
          Name, catalog number, CAS number or synonym
        </label>
        <input
          id="not-found-q"
          name="q"
          type="search"
          key={term}
          defaultValue={term}
          placeholder="Name, catalog no., CAS or synonym"
          className={inputClass}
        />
        <button type="submit" className="btn btn-primary">
          Search
        </button>
      </form>
    </div>
  );
}
