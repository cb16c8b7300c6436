/**
 * What a route shows while its server component waits on the database: grey placeholders shaped like
 * the page, so the layout does not jump when the content arrives. Screen readers hear the label once
 * (role="status") instead of silence; the placeholders themselves are hidden from them.
 */
export function LoadingSkeleton({ label, children, className }: { label: string; children: React.ReactNode; className?: string }) {
  return (
    <div role="status" aria-busy="true" aria-label={label} className={className}>
      <span className="sr-only">{label}</span>
      <div aria-hidden="true" className="animate-pulse motion-reduce:animate-none">
        {children}
      </div>
    </div>
  );
}

/** One grey bar; width and height come from the caller's Tailwind classes. */
export function Bone({ className }: { className: string }) {
  return <div className={`rounded bg-line/70 ${className}`} />;
}
