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
export function StaticHtml({ html: written, src, ...props }: Omit<StaticHtmlProps, "hash" | "html"> & { html: string }) {
  const html = withoutWideCharacters(written, props.as === "script");
  const hash = createHash("sha256").update(html).digest("base64url").slice(0, 22);
  // Without `src` (a page rendered per request, where a client navigation would render it twice) the
  // HTML travels in the payload too.
  if (!src) return <StaticHtmlBlock hash={hash} html={html} {...props} />;
  putStaticHtml(hash, html);
  return <StaticHtmlBlock hash={hash} src={src} {...props} />;
}

/**
 * The block with every character above U+00FF written as a reference: `&#x2014;` in HTML, `\u2014` in a
 * script's JSON. A cached page is held and sent as one JavaScript string, and V8 stores a string with
 * any such character (an en dash, a ≥) at two bytes a character: each response then copies and
 * encodes twice the bytes (measured: a 56 kB guide page sent 0.13 ms → 0.09 ms a response from a bare
 * Node server), and from 64K characters the copy is a large-object allocation per request (the guide at
 * 70 kB: 0.19 ms against 0.09). Pages whose text outside these blocks has no such character are then
 * one-byte strings (bench/README.md, "Page throughput").
 */
function withoutWideCharacters(html: string, json: boolean): string {
  return json
    ? html.replace(/[^\u0000-\u00ff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`)
    : html.replace(/[^\u0000-\u00ff]/gu, (c) => `&#x${c.codePointAt(0)!.toString(16)};`);
}
