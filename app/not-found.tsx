import Link from "next/link";
import { NotFoundSearch } from "@/app/_components/not-found-search";
import { SiteFooter } from "@/app/_components/site-footer";
import { SiteHeader } from "@/app/_components/site-header";

// Unmatched URLs, and products or guides that do not exist (their pages call notFound()), render here,
// outside the (site) group's layout, so the chrome is added explicitly.
export default function NotFound() {
  return (
    <>
      <SiteHeader />
      <main id="main" className="container-page py-16">
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
      </main>
      <SiteFooter />
    </>
  );
}
