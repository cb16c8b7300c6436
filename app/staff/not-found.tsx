import Link from "next/link";

// A staff page for a record that does not exist (an inquiry, a product …): inside the staff layout, so
// the staff navigation stays. Unmatched URLs get app/global-not-found.tsx.
export default function StaffNotFound() {
  return (
    <>
      <p className="text-sm font-semibold uppercase tracking-wide text-ink-muted">Error 404</p>
      <h1 className="mt-2 text-2xl">Not found</h1>
      <p className="mt-3 text-ink-muted">There is no such record. It may have been deleted, or the address is mistyped.</p>
      <p className="mt-6">
        <Link href="/staff">Staff dashboard</Link>
      </p>
    </>
  );
}
