import { describe, expect, it } from "vitest";
import { contentSecurityPolicy, createNonce, hasOwnPolicy, isDynamicPage, strictTransportSecurity } from "@/lib/security/headers";

describe("contentSecurityPolicy", () => {
  it("with a nonce: only nonced scripts and what they load; no inline, no eval", () => {
    const policy = contentSecurityPolicy({ nonce: "abc123==", development: false, https: true });
    expect(policy).toContain("script-src 'nonce-abc123==' 'strict-dynamic' 'self';");
    expect(/script-src [^;]*/.exec(policy)?.[0]).not.toContain("unsafe");
    expect(policy).toContain("frame-ancestors 'none'");
    expect(policy).toMatch(/upgrade-insecure-requests$/);
  });

  it("without: inline framework scripts from this origin only; eval only in development; no upgrade on http", () => {
    const policy = contentSecurityPolicy({ development: false, https: false });
    expect(policy).toContain("script-src 'self' 'unsafe-inline';");
    expect(policy).not.toContain("upgrade-insecure-requests");
    expect(contentSecurityPolicy({ development: true, https: false })).toContain("script-src 'self' 'unsafe-inline' 'unsafe-eval';");
  });
});

describe("page classes", () => {
  it("nonces the per-request prefixes, not the cached pages, and not look-alike paths", () => {
    for (const path of ["/staff", "/staff/inquiries/Q-2026-000001", "/sign-in", "/quote", "/search/structure", "/dev/mailbox"])
      expect(isDynamicPage(path), path).toBe(true);
    for (const path of ["/", "/products", "/products/B8105958", "/guides/x", "/staffing", "/quotes"])
      expect(isDynamicPage(path), path).toBe(false);
  });

  it("leaves the handlers with their own policy alone", () => {
    expect(hasOwnPolicy("/structures/B8105958.svg")).toBe(true);
    expect(hasOwnPolicy("/staff/attachments/abc")).toBe(true);
    expect(hasOwnPolicy("/staff/inquiries")).toBe(false);
  });

  it("makes a new 128-bit nonce each time", () => {
    const nonce = createNonce();
    expect(Buffer.from(nonce, "base64")).toHaveLength(16);
    expect(createNonce()).not.toBe(nonce);
  });
});

describe("strictTransportSecurity", () => {
  it("is sent only by a production server on an https origin", () => {
    expect(strictTransportSecurity({ production: true, https: true })).toBe("max-age=63072000; includeSubDomains");
    expect(strictTransportSecurity({ production: true, https: false })).toBeUndefined();
    expect(strictTransportSecurity({ production: false, https: true })).toBeUndefined();
  });
});
