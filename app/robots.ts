import type { MetadataRoute } from "next";
import { env } from "@/lib/env";

// Read at request time: built statically, it would name the build's SITE_URL, not the running server's.
export const dynamic = "force-dynamic";

export default function robots(): MetadataRoute.Robots {
  return {
    rules: [{ userAgent: "*", allow: "/", disallow: ["/staff", "/api", "/requests"] }],
    sitemap: new URL("/sitemap.xml", env.SITE_URL).toString(),
  };
}
