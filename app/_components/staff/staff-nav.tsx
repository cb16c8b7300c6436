"use client";
import Link from "next/link";
import { usePathname } from "next/navigation";

const links = [
  { href: "/staff", label: "Dashboard", exact: true },
  { href: "/staff/inquiries", label: "Inbox" },
  { href: "/staff/orders", label: "Orders" },
  { href: "/staff/mail", label: "Unmatched mail" },
  { href: "/staff/catalog", label: "Catalog", admin: true },
  { href: "/staff/guides", label: "Guides", admin: true },
  { href: "/staff/canned-replies", label: "Canned replies", admin: true },
  { href: "/staff/tags", label: "Tags", admin: true },
  { href: "/staff/team", label: "Team", admin: true },
  { href: "/staff/audit", label: "Audit log", admin: true },
];

export function StaffNav({ isAdmin }: { isAdmin: boolean }) {
  const pathname = usePathname();
  return (
    <nav aria-label="Staff">
      <ul className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
        {links
          .filter((link) => isAdmin || !link.admin)
          .map((link) => {
            const current = link.exact ? pathname === link.href : pathname.startsWith(link.href);
            return (
              <li key={link.href}>
                <Link
                  href={link.href}
                  aria-current={current ? "page" : undefined}
                  className={current ? "font-semibold text-ink no-underline" : "no-underline"}
                >
                  {link.label}
                </Link>
              </li>
            );
          })}
      </ul>
    </nav>
  );
}
