"use client";
import { useId, useState } from "react";

/**
 * The catalog's filters: beside the products from md up; on a phone, behind a "Filters (n)" button
 * so the first screen shows products. Server-rendered collapsed on a phone only (CSS), so a wide
 * screen never waits for script to see them. Choosing a filter closes the panel again.
 */
export function CollapsibleFilters({ activeCount, children }: { activeCount: number; children: React.ReactNode }) {
  const [open, setOpen] = useState(false);
  const id = useId();
  return (
    <div>
      <button
        type="button"
        className="btn btn-secondary w-full md:hidden"
        aria-expanded={open}
        aria-controls={id}
        onClick={() => setOpen(!open)}
      >
        Filters ({activeCount})
      </button>
      <aside
        id={id}
        aria-label="Filters"
        className={`${open ? "mt-4 block" : "hidden"} space-y-6 md:mt-0 md:block`}
        onClick={(event) => (event.target as HTMLElement).closest("a") && setOpen(false)}
      >
        {children}
      </aside>
    </div>
  );
}
