"use client";
import { useRef } from "react";

/**
 * The phone menu: a <details> disclosure, so the button opens and closes the menu with the mouse,
 * touch, Enter or Space before (or without) any JavaScript, under either Content-Security-Policy, and
 * browsers announce its expanded or collapsed state themselves. Script only adds what <details>
 * lacks: Escape closes it, and so does following one of its links (the layout, and with it the open
 * menu, stays mounted across client-side navigation).
 */
export function SiteMenu({ label, className = "", children }: { label: string; className?: string; children: React.ReactNode }) {
  const ref = useRef<HTMLDetailsElement>(null);
  const close = (focusButton: boolean) => {
    const details = ref.current;
    if (!details?.open) return;
    details.open = false;
    if (focusButton) details.querySelector("summary")?.focus();
  };
  return (
    <details
      ref={ref}
      className={`group ${className}`}
      onKeyDown={(event) => event.key === "Escape" && close(true)}
      onClick={(event) => (event.target as HTMLElement).closest("a") && close(false)}
    >
      <summary className="btn btn-secondary cursor-pointer list-none [&::-webkit-details-marker]:hidden">
        <svg width="20" height="20" viewBox="0 0 20 20" aria-hidden="true" className="group-open:hidden">
          <path d="M3 5h14M3 10h14M3 15h14" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
        </svg>
        <svg width="20" height="20" viewBox="0 0 20 20" aria-hidden="true" className="hidden group-open:block">
          <path d="M5 5l10 10M15 5L5 15" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
        </svg>
        {label}
      </summary>
      {children}
    </details>
  );
}
