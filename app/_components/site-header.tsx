"use client";
// A client component for the same reason as site-footer.tsx: the same on every page, so its element tree
// (both navigation lists, ~2.5 kB) comes once in a cached script instead of in every page's RSC payload.
import Link from "next/link";
import { SearchBox } from "@/app/_components/search-box";
import { SiteMenu } from "@/app/_components/site-menu";
import { site } from "@/lib/site";

const nav = [
  { href: "/products", label: "Products" },
  { href: "/search/structure", label: "Structure search" },
  { href: "/guides", label: "Technical guides" },
  { href: "/quote", label: "Request a quote" },
  { href: "/custom-synthesis", label: "Custom synthesis" },
  { href: "/support", label: "PhD support" },
];

export function SiteHeader() {
  return (
    <header className="relative border-b border-line bg-white no-print">
      <div className="container-page flex flex-wrap items-center gap-x-6 gap-y-3 py-3">
        <Link href="/" className="mr-auto flex items-center gap-2 text-ink no-underline md:mr-0" aria-label={`${site.name} home`}>
          <Logo />
          <span className="text-lg font-bold tracking-tight">{site.name}</span>
        </Link>
        <SearchBox />
        <SiteMenu label="Menu" className="md:hidden">
          <nav aria-label="Main" className="absolute inset-x-0 top-full z-50 border-b border-line bg-white shadow-lg">
            <ul className="nav-menu container-page py-2">
              <NavItems />
            </ul>
          </nav>
        </SiteMenu>
      </div>
      {/* From md up every item fits on one or two lines, so the menu is always shown. */}
      <nav aria-label="Main" className="hidden border-t border-line bg-wash md:block">
        <ul className="nav-bar container-page flex flex-wrap gap-1 py-1 text-sm">
          <NavItems />
        </ul>
      </nav>
    </header>
  );
}

// The links are styled from their list's class (globals.css, .nav-menu and .nav-bar): the same utility
// classes on each link made up a tenth of a guide page's HTML and RSC payload.
function NavItems() {
  return nav.map((item) => (
    <li key={item.href}>
      <Link href={item.href}>{item.label}</Link>
    </li>
  ));
}

function Logo() {
  // A benzene-ring mark drawn inline: no image request, crisp at any size.
  return (
    <svg width="28" height="28" viewBox="0 0 32 32" aria-hidden="true">
      <polygon points="16,3 27,9.5 27,22.5 16,29 5,22.5 5,9.5" fill="none" stroke="#0b5c7a" strokeWidth="2.5" />
      <circle cx="16" cy="16" r="6" fill="none" stroke="#0b5c7a" strokeWidth="2" />
    </svg>
  );
}
