"use client";

import { useRouter } from "next/navigation";
import { useEffect, useState, type MouseEvent } from "react";
import { getStaticHtml } from "@/app/_components/static-html-store";

export type StaticHtmlProps = {
  hash: string;
  /** Names the block in the page, so a client navigation can find it in the page's HTML. */
  name: string;
  /** The page whose HTML holds this block (its path); or the block's `html` itself. */
  src?: string;
  html?: string;
  /** "script": a JSON-LD script. */
  as?: "div" | "dl" | "ol" | "ul" | "tbody" | "script";
  className?: string;
};

/** StaticHtml's client half; see static-html.tsx. */
export function StaticHtmlBlock({ hash, name, src, html: sent, as: Tag = "div", className }: StaticHtmlProps) {
  const [fetched, setHtml] = useState(() => (sent === undefined ? initialHtml(hash) : undefined));
  const html = sent ?? fetched;
  const router = useRouter();

  useEffect(() => {
    if (html !== undefined || !src) return;
    // Reached by client navigation: the block is in the page's HTML, which Next (or the proxy) serves from cache.
    const abort = new AbortController();
    fetch(src, { signal: abort.signal })
      .then((response) => response.text())
      .then((page) => {
        const block = new DOMParser().parseFromString(page, "text/html").querySelector(`[data-static-html="${name}"]`);
        setHtml(block?.innerHTML ?? "");
      })
      .catch(() => {
        // Aborted (the user moved on) or offline: a full load of the page shows the block.
        if (!abort.signal.aborted) window.location.assign(src);
      });
    return () => abort.abort();
  }, [html, name, src]);

  // Links in the HTML navigate like next/link (no full page load) when they lead to another page of the site.
  const onClick = (event: MouseEvent) => {
    const link = (event.target as Element).closest("a");
    if (!link || event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    if (link.target || link.hasAttribute("download")) return;
    const url = new URL(link.href, window.location.href);
    if (url.origin !== window.location.origin || /\.[a-z0-9]+$/i.test(url.pathname)) return; // another site, or a file
    if (url.pathname === window.location.pathname && url.search === window.location.search) return; // an anchor on this page
    event.preventDefault();
    router.push(url.pathname + url.search + url.hash);
  };

  const content = { "data-static-html": name, "data-hash": hash, dangerouslySetInnerHTML: { __html: html ?? "" } };
  return Tag === "script" ? (
    <script type="application/ld+json" {...content} />
  ) : (
    <Tag className={className} onClick={onClick} {...content} />
  );
}

/**
 * Server: the text its server component registered in this render (a missing one fails the render rather
 * than serving a page without it). Browser: the text of the same block already in the page (hydration,
 * or the same content on the page being left), else undefined until fetched.
 */
function initialHtml(hash: string): string | undefined {
  if (typeof window === "undefined") {
    const html = getStaticHtml(hash);
    if (html === undefined) throw new Error(`StaticHtml block ${hash} was not registered in this render`);
    return html;
  }
  return document.querySelector(`[data-hash="${hash}"]`)?.innerHTML;
}
