import { createHash } from "node:crypto";
import { StaticHtmlBlock, type StaticHtmlProps } from "@/app/_components/static-html-block";
import { putStaticHtml } from "@/app/_components/static-html-store";

/**
 * A block of server-written HTML (html-string.ts, the guide's Markdown, JSON-LD) that reaches the browser
 * once, in the page's HTML, instead of twice. Written as a server component's `dangerouslySetInnerHTML`,
 * the string would also travel in the page's RSC payload (the inline `self.__next_f.push` scripts), where
 * escaping makes it longer still (`<` is six bytes); a cached page's throughput falls with its bytes
 * (bench/README.md, issue 15 target 2). Here the payload carries only the hash of the HTML: the HTML
 * render reads the text from the registry (static-html-store.ts), hydration from the element it finds in
 * the page, and a client navigation from the page's own cached HTML at `src`. Links in the block navigate
 * within the app like next/link.
 */
export function StaticHtml({ html, src, ...props }: Omit<StaticHtmlProps, "hash" | "html"> & { html: string }) {
  const hash = createHash("sha256").update(html).digest("base64url").slice(0, 22);
  // Without `src` (a page rendered per request, where a client navigation would render it twice) the
  // HTML travels in the payload too.
  if (!src) return <StaticHtmlBlock hash={hash} html={html} {...props} />;
  putStaticHtml(hash, html);
  return <StaticHtmlBlock hash={hash} src={src} {...props} />;
}
