import Link from "next/link";
import { NotFoundSearch } from "@/app/_components/not-found-search";

/** The 404 page's text: app/global-not-found.tsx (unmatched URLs) and app/(site)/not-found.tsx (inside the site layout). */
export function NotFoundContent() {
  return (
    <>
      <p className="text-sm font-semibold uppercase tracking-wide text-ink-muted">Error 404</p>
      <h1 className="mt-2 text-3xl">Page not found</h1>
      <p className="mt-3 text-ink-muted">
        The page you asked for does not exist or has moved. A search may find what you were looking for.
      </p>
      <NotFoundSearch />
      <p className="mt-6 flex flex-wrap gap-4">
        <Link href="/">Home</Link>
        <Link href="/products">Product catalog</Link>
        <Link href="/guides">Technical guides</Link>
      </p>
    </>
  );
}
