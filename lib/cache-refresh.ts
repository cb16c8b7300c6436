import "server-only";
import { updateTag } from "next/cache";
import { after } from "next/server";
import { refreshTaggedPages } from "@/lib/proxy-cache";

/**
 * From a staff edit's server action: expire the edit's cache tags at once, so the editor's next page
 * shows the change, and once the response is sent (the tags are expired by then) replace the caching
 * proxy's copies of the product and guide pages they name (lib/proxy-cache.ts).
 */
export function refreshPagesTagged(tags: string[]) {
  for (const tag of tags) updateTag(tag);
  if (tags.length) after(() => refreshTaggedPages({ tags }));
}
