import "server-only";
import { env } from "@/lib/env";
import { getGuidesForProduct } from "@/lib/guides/guides";

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
        if (!response.ok) console.error(`[proxy-cache] refresh of ${url.pathname} answered ${response.status}`);
        return { path, status: response.status };
      } catch (error) {
        console.error(`[proxy-cache] refresh of ${url.pathname} failed:`, error);
        return { path, status: null };
      }
    }),
  );
}

/** The proxied pages built from a product's record: its page and the guides that compare it. */
export async function refreshProductPages({ catalogNumber, origin = env.PROXY_REFRESH_URL }: { catalogNumber: string; origin?: string }) {
  if (!origin) return [];
  const guides = await getGuidesForProduct({ catalogNumber });
  return refreshProxiedPages({ paths: [`/products/${catalogNumber}`, ...guides.map((g) => `/guides/${g.slug}`)], origin });
}
