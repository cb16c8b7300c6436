import "server-only";
import { cacheTags } from "@/lib/cache-tags";
import { env } from "@/lib/env";
import { guideKindParams } from "@/lib/guides/guide-kinds";
import { listGuideSlugsForProducts } from "@/lib/guides/guides";
import { log } from "@/lib/core/log";

/**
 * The header that makes the caching proxy (deploy/nginx/reagent-desk.conf) fetch a page from the
 * app and store it in place of its cached copy. The proxy honours it only from its own host.
 */
export const PROXY_REFRESH_HEADER = "X-Cache-Refresh";

const REFRESH_TIMEOUT_MS = 10_000;

/**
 * After a staff edit, replace the proxy's copies of `paths`: nginx open source cannot purge, so each
 * path is requested through the proxy with the refresh header. Call it once the edit's cache tags are
 * expired (from `after()` in the server action), or the proxy stores the old page again. Failures
 * are logged, not thrown: the edit is saved, and the proxy's copy expires after its s-maxage anyway.
 * Without `origin` (PROXY_REFRESH_URL unset: no proxy in front of the app) it does nothing.
 */
export async function refreshProxiedPages({ paths, origin = env.PROXY_REFRESH_URL }: { paths: string[]; origin?: string }) {
  if (!origin) return [];
  return Promise.all(
    paths.map(async (path) => {
      const url = new URL(path, origin);
      try {
        const response = await fetch(url, { headers: { [PROXY_REFRESH_HEADER]: "1" }, signal: AbortSignal.timeout(REFRESH_TIMEOUT_MS) });
        // Read to the end: nginx keeps the new copy only if the whole response went through.
        await response.arrayBuffer();
        if (!response.ok) log.error("proxy-cache.refresh-refused", { path: url.pathname, status: response.status });
        return { path, status: response.status };
      } catch (error) {
        log.error("proxy-cache.refresh-failed", { path: url.pathname, error });
        return { path, status: null };
      }
    }),
  );
}

// A target or reference edit can touch thousands of products; past this many pages the proxy's other
// copies are left to expire with their s-maxage (300 s) rather than re-requested one by one.
export const MAX_REFRESHED_PAGES = 200;

const GUIDE_LISTINGS = ["/", "/guides", ...Object.keys(guideKindParams).map((kind) => `/guides?kind=${kind}`)];

/**
 * The proxied pages behind cache tags: the cached listings (home page, /products, /guides and its
 * kinds) first, then a product's page and the guides that compare it, a guide's page.
 */
export async function pagesForTags(tags: string[]): Promise<string[]> {
  const named = (prefix: string) => tags.flatMap((tag) => (tag.startsWith(prefix) ? [tag.slice(prefix.length)] : []));
  const catalogNumbers = named(cacheTags.product(""));
  const guideSlugs = named(cacheTags.guide(""));
  const comparing = await listGuideSlugsForProducts({ catalogNumbers });
  const catalogChanged = tags.includes(cacheTags.catalog) || tags.includes(cacheTags.allProducts);
  const listings = [
    ...(catalogChanged ? ["/products", ...GUIDE_LISTINGS] : []),
    ...(tags.includes(cacheTags.guides) ? GUIDE_LISTINGS : []),
  ];
  const paths = [
    ...listings,
    ...catalogNumbers.map((no) => `/products/${no}`),
    ...[...guideSlugs, ...comparing].map((slug) => `/guides/${slug}`),
  ];
  return [...new Set(paths)];
}

/** After a staff edit, once its tags are expired: replace the proxy's copies of the pages they name. */
export async function refreshTaggedPages({ tags, origin = env.PROXY_REFRESH_URL }: { tags: string[]; origin?: string }) {
  if (!origin) return [];
  const paths = await pagesForTags(tags);
  if (paths.length > MAX_REFRESHED_PAGES) {
    // The others expire from the proxy within its s-maxage.
    log.warn("proxy-cache.refresh-capped", { changedPages: paths.length, refreshedPages: MAX_REFRESHED_PAGES });
  }
  return refreshProxiedPages({ paths: paths.slice(0, MAX_REFRESHED_PAGES), origin });
}
