"use client";
import { useRouter } from "next/navigation";
import { useEffect, useId, useRef, useState } from "react";
import type { Suggestions } from "@/app/api/search/suggest/route";

type Option = { key: string; href: string; label: string; detail: string; group: "Products" | "Guides" };

const DEBOUNCE_MS = 150;

function optionsOf(s: Suggestions): Option[] {
  return [
    ...s.products.map((p) => ({
      key: `p-${p.catalogNumber}`,
      href: `/products/${p.catalogNumber}`,
      label: p.name,
      detail: [p.catalogNumber, p.casNumber ? `CAS ${p.casNumber}` : null, p.formula].filter(Boolean).join(" · "),
      group: "Products" as const,
    })),
    ...s.guides.map((g) => ({
      key: `g-${g.slug}`,
      href: `/guides/${g.slug}`,
      label: g.title,
      detail: "Technical guide",
      group: "Guides" as const,
    })),
  ];
}

/**
 * The header search: a plain GET form to /search (works without JavaScript), enhanced into an ARIA
 * combobox that suggests products and guides as the user types. Arrow keys move through the
 * suggestions, Enter opens the highlighted one (or searches), Escape closes the list.
 */
export function SearchBox() {
  const router = useRouter();
  const id = useId();
  const listId = `${id}-list`;
  const [q, setQ] = useState("");
  const [options, setOptions] = useState<Option[]>([]);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const request = useRef<AbortController | null>(null);

  useEffect(() => {
    const term = q.trim();
    if (term.length < 2) return;
    const timer = setTimeout(async () => {
      request.current?.abort();
      const controller = (request.current = new AbortController());
      try {
        const response = await fetch(`/api/search/suggest?q=${encodeURIComponent(term)}`, { signal: controller.signal });
        if (!response.ok) return;
        setOptions(optionsOf((await response.json()) as Suggestions));
        setActive(-1);
        setOpen(true);
      } catch {
        // Aborted by the next keystroke, or offline: the form still submits to /search.
      }
    }, DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [q]);

  const visible = open && q.trim().length >= 2;

  function onKeyDown(event: React.KeyboardEvent<HTMLInputElement>) {
    if (event.key === "ArrowDown" && options.length) {
      event.preventDefault();
      setOpen(true);
      setActive((i) => (i + 1) % options.length);
    } else if (event.key === "ArrowUp" && options.length) {
      event.preventDefault();
      setActive((i) => (i <= 0 ? options.length - 1 : i - 1));
    } else if (event.key === "Escape") {
      setOpen(false);
      setActive(-1);
    } else if (event.key === "Enter" && visible && active >= 0) {
      event.preventDefault();
      setOpen(false);
      router.push(options[active]!.href);
    }
  }

  return (
    <form action="/search" method="get" role="search" className="relative order-last flex w-full gap-2 md:order-none md:ml-auto md:w-auto">
      <label htmlFor={`${id}-input`} className="sr-only">
        Search products and guides
      </label>
      <input
        id={`${id}-input`}
        name="q"
        type="search"
        role="combobox"
        aria-autocomplete="list"
        aria-expanded={visible && options.length > 0}
        aria-controls={listId}
        aria-activedescendant={visible && active >= 0 ? `${id}-opt-${active}` : undefined}
        autoComplete="off"
        value={q}
        onChange={(e) => {
          setQ(e.target.value);
          if (e.target.value.trim().length < 2) setOpen(false);
        }}
        onKeyDown={onKeyDown}
        onBlur={() => setTimeout(() => setOpen(false), 150)}
        onFocus={() => options.length && setOpen(true)}
        placeholder="Name, catalog no., CAS or synonym"
        className="min-h-11 w-full rounded-md border border-line px-3 text-sm md:w-80"
      />
      <button type="submit" className="btn btn-secondary">
        Search
      </button>
      <ul
        id={listId}
        role="listbox"
        aria-label="Suggestions"
        hidden={!visible || options.length === 0}
        className="absolute top-full right-0 left-0 z-40 mt-1 max-h-96 overflow-y-auto rounded-md border border-line bg-white py-1 shadow-lg sm:right-auto sm:w-[28rem]"
      >
        {options.map((option, i) => (
          <li
            key={option.key}
            id={`${id}-opt-${i}`}
            role="option"
            aria-selected={i === active}
            onMouseDown={(e) => {
              e.preventDefault();
              setOpen(false);
              router.push(option.href);
            }}
            onMouseEnter={() => setActive(i)}
            className={`cursor-pointer px-3 py-2 ${i === active ? "bg-brand-wash" : ""}`}
          >
            <span className="block text-sm font-medium text-ink">{option.label}</span>
            <span className="block text-xs text-ink-muted">{option.detail}</span>
          </li>
        ))}
      </ul>
    </form>
  );
}
