// Tags on cached catalog and guide data. Pages rendered from tagged data carry the tags too, so
// invalidating a tag after a staff edit refreshes the data and every page built from it.
import { createHash } from "node:crypto";
import { unstable_cache } from "next/cache";
import superjson from "superjson";
import { env } from "@/lib/env";

export const cacheTags = {
  /** Everything built from catalog data: listings, guides' comparison tables. */
  catalog: "catalog",
  product: (catalogNumber: string) => `product:${catalogNumber.toUpperCase()}`,
  /** Every product page: a bulk import refreshes them all at once rather than tag by tag. */
  allProducts: "products",
  guide: (slug: string) => `guide:${slug}`,
  /** The guide listings (home page, /guides): any guide saved. */
  guides: "guides",
  /** The empty copies of the static pages that `next build` prerenders (see `prerenderedByBuild`). */
  build: "build",
};

/**
 * Expired as each server process starts (instrumentation.ts): every page built from the database
 * carries one of them. Next keeps rendered pages in .next across restarts, and a restarted process may
 * read another database (a benchmark catalog, then the e2e one) or one changed while it was down (an
 * import); the build's empty copies (`prerenderedByBuild`) must never be sent. Each such page costs one
 * render after a start.
 */
export const EXPIRED_AT_START = [cacheTags.build, cacheTags.catalog, cacheTags.allProducts];

// Staff edits expire the tags at once. Writes from outside the app (`npm run catalog:import`, SQL) expire
// nothing, so entries are also refreshed in the background after this long, as the ISR pages are;
// without it Next keeps an entry for a year.
const REVALIDATE_SECONDS = 300;

// Next keeps its data cache in .next/cache across builds. Keys name the database, so a checkout that is
// pointed at another one (a benchmark catalog, then the e2e database) never shows the other's data.
const DATABASE_KEY = createHash("sha256")
  .update(env.DATABASE_URL ?? "embedded")
  .digest("hex")
  .slice(0, 16);

/**
 * `load()` cached in Next's data cache under `key`, invalidated by any of `tags`. The cache stores JSON,
 * so values go through superjson, which records which fields were Dates: a Date comes back a Date, and
 * text someone typed stays text even when it looks like a date.
 */
export async function cachedWithTags<T>(key: string[], tags: string[], load: () => Promise<T>): Promise<T> {
  // "superjson" in the key: entries written in the earlier plain-JSON shape, still in .next/cache, are not read.
  const cached = unstable_cache(async () => superjson.serialize(await load()), [DATABASE_KEY, "superjson", ...key], {
    tags,
    revalidate: REVALIDATE_SECONDS,
  });
  return superjson.deserialize<T>(await cached());
}

/**
 * True while `next build` prerenders a page. The static public pages that list database rows (home,
 * /guides, /products) are prerendered by the build like every ○ page, but the build never reads the
 * database (there may be none, or not the one the server will use). Such a page renders nothing then,
 * tagged `build`; every server process expires that tag as it starts (EXPIRED_AT_START), so its first
 * request renders the page from the database, Next caches that copy (ISR), and the empty one is never sent.
 */
export async function prerenderedByBuild() {
  if (env.NEXT_PHASE !== "phase-production-build") return false;
  await unstable_cache(async () => true, ["build"], { tags: [cacheTags.build] })();
  return true;
}
