import { NotFoundContent } from "@/app/_components/not-found-content";
import { SiteFooter } from "@/app/_components/site-footer";
import { SiteHeader } from "@/app/_components/site-header";

// Unmatched URLs render here, outside the (site) group's layout, so the chrome is added explicitly.
// (Pages of the site that call notFound() render app/(site)/not-found.tsx instead.)
export default function NotFound() {
  return (
    <>
      <SiteHeader />
      <main id="main" className="container-page py-16">
        <NotFoundContent />
      </main>
      <SiteFooter />
    </>
  );
}
