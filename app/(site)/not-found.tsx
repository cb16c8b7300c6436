import { NotFoundContent } from "@/app/_components/not-found-content";

// The site's pages that call notFound() (a guide that does not exist …) render here, inside the site
// layout and its chrome. Without this file they would use app/not-found.tsx, and every page of the
// site would carry that page's header and footer a second time in its RSC payload, for the boundary.
export default function SiteNotFound() {
  return (
    <div className="container-page py-16">
      <NotFoundContent />
    </div>
  );
}
