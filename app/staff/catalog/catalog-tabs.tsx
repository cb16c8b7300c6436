import Link from "next/link";

const tabs = [
  { key: "products", href: "/staff/catalog", label: "Products" },
  { key: "targets", href: "/staff/catalog/targets", label: "Targets" },
  { key: "references", href: "/staff/catalog/references", label: "References" },
] as const;

/** The catalog's sections, under the staff navigation's "Catalog". */
export function CatalogTabs({ current }: { current: (typeof tabs)[number]["key"] }) {
  return (
    <nav aria-label="Catalog sections">
      <ul className="flex flex-wrap gap-2 border-b border-line pb-2 text-sm">
        {tabs.map((tab) => (
          <li key={tab.key}>
            <Link
              href={tab.href}
              aria-current={tab.key === current ? "page" : undefined}
              className={`inline-block rounded-md px-3 py-1.5 no-underline ${tab.key === current ? "bg-white font-semibold text-ink shadow-sm ring-1 ring-line" : "hover:underline"}`}
            >
              {tab.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
