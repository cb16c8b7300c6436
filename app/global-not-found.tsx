import type { Metadata, Viewport } from "next";
import "./globals.css";
import SiteLayout from "@/app/(site)/layout";
import { NotFoundContent } from "@/app/_components/not-found-content";
import { env } from "@/lib/env";
import { site } from "@/lib/site";

// Unmatched URLs get this page, a document of its own outside the root layout. As app/not-found.tsx it
// was the root layout's not-found boundary, and every page of the site carried its header and footer a
// second time in the RSC payload (~7 kB). Pages that call notFound() render the not-found.tsx of their
// own section: app/(site)/not-found.tsx, app/staff/not-found.tsx.
export const metadata: Metadata = {
  metadataBase: new URL(env.SITE_URL),
  title: `Page not found | ${site.name}`,
  description: site.tagline,
};

export const viewport: Viewport = { width: "device-width", initialScale: 1, themeColor: "#0b5c7a" };

export default function GlobalNotFound() {
  return (
    <html lang="en">
      <body className="min-h-screen bg-paper antialiased">
        <SiteLayout>
          <div className="container-page py-16">
            <NotFoundContent />
          </div>
        </SiteLayout>
      </body>
    </html>
  );
}
