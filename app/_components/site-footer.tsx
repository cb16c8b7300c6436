"use client";
// A client component, though nothing in it is interactive: the site's chrome is the same on every page,
// so its code comes once in a cached script instead of as an element tree in every page's RSC payload
// (2.4 kB of a guide page's; bench/README.md, "Page throughput").
import Link from "next/link";
import { site } from "@/lib/site";

export function SiteFooter() {
  return (
    <footer className="mt-16 border-t border-line bg-wash text-sm no-print">
      <div className="container-page grid gap-8 py-10 sm:grid-cols-3">
        <div>
          <p className="font-semibold">{site.legalName}</p>
          <address className="mt-2 not-italic text-ink-muted">
            {site.address.map((line) => (
              <span key={line} className="block">
                {line}
              </span>
            ))}
          </address>
        </div>
        <div>
          <p className="font-semibold">Contact</p>
          <ul className="mt-2 space-y-1 text-ink-muted">
            <li>
              Orders and quotes: <a href={`mailto:${site.email}`}>{site.email}</a>
            </li>
            <li>
              Scientific support: <a href={`mailto:${site.supportEmail}`}>{site.supportEmail}</a>
            </li>
            <li>
              Phone: <a href={`tel:${site.phone.replace(/\s/g, "")}`}>{site.phone}</a>
            </li>
            <li>{site.hours}</li>
          </ul>
        </div>
        <div>
          <p className="font-semibold">Browse</p>
          <ul className="mt-2 space-y-1">
            <li>
              <Link href="/products">Product catalog</Link>
            </li>
            <li>
              <Link href="/guides">Technical guides</Link>
            </li>
            <li>
              <Link href="/tools/calculators">Lab calculators</Link>
            </li>
            <li>
              <Link href="/coa">Find a CoA by lot number</Link>
            </li>
            <li>
              <Link href="/quote">Request a quote</Link>
            </li>
            <li>
              <Link href="/privacy">Privacy notice</Link>
            </li>
            <li>
              <Link href="/sitemap.xml">Sitemap</Link>
            </li>
          </ul>
        </div>
      </div>
      <p className="container-page border-t border-line py-4 text-ink-muted">{site.ruoNotice}</p>
    </footer>
  );
}
