import { describe, expect, it } from "vitest";
import { isCrossSiteWrite } from "@/lib/security/same-origin";

const base = { method: "POST", pathname: "/api/auth/signout", origin: null, secFetchSite: null, allowedOrigins: ["https://reagentdesk.example"] };

describe("isCrossSiteWrite", () => {
  it("refuses a write that a browser marks cross-site or same-site, or that names another origin", () => {
    expect(isCrossSiteWrite({ ...base, secFetchSite: "cross-site" })).toBe(true);
    expect(isCrossSiteWrite({ ...base, secFetchSite: "same-site" })).toBe(true);
    expect(isCrossSiteWrite({ ...base, origin: "https://evil.example" })).toBe(true);
    expect(isCrossSiteWrite({ ...base, origin: "null" })).toBe(true);
    expect(isCrossSiteWrite({ ...base, origin: "https://reagentdesk.example", secFetchSite: "cross-site" })).toBe(true);
    expect(isCrossSiteWrite({ ...base, method: "delete", origin: "https://evil.example" })).toBe(true);
  });

  it("lets same-origin writes, reads, and requests without browser headers through", () => {
    expect(isCrossSiteWrite({ ...base, origin: "https://reagentdesk.example", secFetchSite: "same-origin" })).toBe(false);
    expect(isCrossSiteWrite({ ...base, secFetchSite: "none" })).toBe(false);
    expect(isCrossSiteWrite({ ...base, method: "GET", origin: "https://evil.example", secFetchSite: "cross-site" })).toBe(false);
    expect(isCrossSiteWrite(base)).toBe(false);
  });

  it("exempts the endpoints authenticated by a secret rather than a cookie, and only those", () => {
    expect(isCrossSiteWrite({ ...base, pathname: "/api/inbound-email", origin: "https://evil.example" })).toBe(false);
    expect(isCrossSiteWrite({ ...base, pathname: "/api/inquiries", secFetchSite: "cross-site" })).toBe(false);
    expect(isCrossSiteWrite({ ...base, pathname: "/api/inbound-email-other", origin: "https://evil.example" })).toBe(true);
  });
});
