import { inputClass } from "@/app/_components/forms/field";

/**
 * The full-width search form of the search page and the not-found pages (the header has its own
 * box with suggestions). A plain GET form: it works before any script has loaded.
 */
export function SearchForm({ id, defaultValue, className }: { id: string; defaultValue: string; className: string }) {
  return (
    <form action="/search" method="get" role="search" aria-label="Search the catalog and guides" className={`flex gap-2 ${className}`}>
      <label htmlFor={id} className="sr-only">
        Name, catalog number, CAS number or synonym
      </label>
      <input
        id={id}
        name="q"
        type="search"
        defaultValue={defaultValue}
        placeholder="Name, catalog no., CAS or synonym"
        className={inputClass}
      />
      <button type="submit" className="btn btn-primary">
        Search
      </button>
    </form>
  );
}
