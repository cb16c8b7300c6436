import "server-only";
import { updateTag } from "next/cache";
import { after } from "next/server";
import { broadcastExpiredTags } from "@/lib/cache-broadcast";
import { refreshTaggedPages } from "@/lib/proxy-cache";

/**
 * From a staff edit's server action: expire the edit's cache tags at once, so the editor's next page
 * shows the change. Once the response is sent (the edit is committed by then): tell the other app
 * processes to expire them too (lib/cache-broadcast.ts), then replace the caching proxy's copies of the
 * product and guide pages they name (lib/proxy-cache.ts). In that order: the proxy fetches the new copy
 * from whichever process it picks, and PostgreSQL passes the notification to every listener as the
 * NOTIFY commits, a query and a request ahead of the proxy's fetch. (A process that had not yet
 * handled it would give the proxy the old page, kept until its s-maxage.)
 */
export function refreshPagesTagged(tags: string[]) {
  for (const tag of tags) updateTag(tag);
  if (tags.length)
    after(async () => {
      await broadcastExpiredTags(tags);
      await refreshTaggedPages({ tags });
    });
}
