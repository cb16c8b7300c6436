import Link from "next/link";
import type { ReactNode } from "react";

// The parts around a staff list's table: its heading with the page's actions, and its filter form.

/** The page's heading, with its actions (New …, Export CSV) on the right. */
export function PageHeader({ title, children }: { title: ReactNode; children?: ReactNode }) {
  return (
    <div className="flex flex-wrap items-baseline justify-between gap-3">
      <h1 className="text-2xl">{title}</h1>
      {children}
    </div>
  );
}

/** "Export CSV of this view": the export route with the list's own filters. */
export function ExportLink({ path, search }: { path: string; search: string }) {
  return (
    <a href={`${path}${search ? `?${search}` : ""}`} className="btn btn-secondary min-h-9 py-1" download>
      Export CSV of this view
    </a>
  );
}

/**
 * A list's filters: a GET form on the list's own address (a link to a filtered view can be shared),
 * its fields in a grid, then Apply and Clear all. `actionsClassName` places that last row in the grid.
 */
export function FilterForm({
  path,
  label,
  actionsClassName,
  children,
}: {
  path: string;
  /** Names the search landmark, e.g. "Filter orders". */
  label: string;
  actionsClassName: string;
  children: ReactNode;
}) {
  return (
    <form
      method="get"
      action={path}
      role="search"
      aria-label={label}
      className="grid gap-3 rounded-md border border-line bg-white p-3 sm:grid-cols-2 lg:grid-cols-4"
    >
      {children}
      <div className={`flex items-end gap-3 ${actionsClassName}`}>
        <button type="submit" className="btn btn-primary">
          Apply filters
        </button>
        <Link href={path} className="inline-flex min-h-11 items-center">
          Clear all
        </Link>
      </div>
    </form>
  );
}
