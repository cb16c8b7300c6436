"use client";
// A client component, so that every page's RSC payload names this boundary's UI (~30 bytes) instead of
// carrying its whole element tree: Next puts it into the payload of every page, public ones included,
// whether or not it is shown (bench/README.md, "Page throughput").
import { NotFoundContent } from "@/app/_components/not-found-content";

// The site's pages that call notFound() (a guide that does not exist …) render here, inside the site
// layout and its chrome. Unmatched URLs get app/global-not-found.tsx, the same content in a document of
// its own.
export default function SiteNotFound() {
  return (
    <div className="container-page py-16">
      <NotFoundContent />
    </div>
  );
}
