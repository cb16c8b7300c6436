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
