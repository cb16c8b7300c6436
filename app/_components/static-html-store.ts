// The HTML of a StaticHtml block, handed from the server component that wrote it to the same request's
// server-side rendering of StaticHtmlBlock, by the hash of its text. Next renders a page's React Server
// Components and then its HTML from them in one process, but with two module graphs (the server
// components' and the client components'), so the registry lives on globalThis. Bounded: an entry is
// read within the render that wrote it.

const REGISTRY = Symbol.for("reagent-desk.static-html");
const MAX_ENTRIES = 1_000;

type Registry = Map<string, string>;
const registry = (): Registry => ((globalThis as { [REGISTRY]?: Registry })[REGISTRY] ??= new Map());

export function putStaticHtml(key: string, html: string) {
  const blocks = registry();
  blocks.delete(key);
  blocks.set(key, html);
  if (blocks.size > MAX_ENTRIES) blocks.delete(blocks.keys().next().value!);
}

export const getStaticHtml = (key: string) => registry().get(key);
