import { describe, expect, it } from "vitest";
import { isCrossSiteWrite, requestHostFrom } from "@/lib/security/same-origin";

const base = {
  method: "POST",
  pathname: "/api/auth/signout",
  origin: null,
  secFetchSite: null,
  allowedOrigins: ["https://reagentdesk.example"],
  requestHost: null,
};

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

  it("accepts a browser's write to the very host it addressed, whatever address the server started on", () => {
    // A server started without -H believes it is localhost; the browser reached it as 127.0.0.1.
    const local = { ...base, allowedOrigins: ["http://localhost:3000"], secFetchSite: "same-origin" };
    expect(isCrossSiteWrite({ ...local, origin: "http://127.0.0.1:3000", requestHost: "127.0.0.1:3000" })).toBe(false);
    expect(isCrossSiteWrite({ ...local, origin: "http://192.168.1.20:3000", requestHost: "192.168.1.20:3000" })).toBe(false);
    expect(isCrossSiteWrite({ ...local, origin: "http://127.0.0.1:3000", requestHost: "127.0.0.1:3001" })).toBe(true);
    expect(isCrossSiteWrite({ ...local, origin: "http://evil.example", requestHost: "127.0.0.1:3000" })).toBe(true);
    expect(isCrossSiteWrite({ ...local, origin: "null", requestHost: "null" })).toBe(true);
  });
});

describe("requestHostFrom", () => {
  const headers = new Headers({ host: "127.0.0.1:3000", "x-forwarded-host": "evil.example" });

  it("reads the Host header, and X-Forwarded-Host only behind a trusted proxy", () => {
    expect(requestHostFrom(headers, 0)).toBe("127.0.0.1:3000");
    expect(requestHostFrom(headers, 1)).toBe("evil.example");
    expect(requestHostFrom(new Headers({ host: "127.0.0.1:3000" }), 1)).toBe("127.0.0.1:3000");
  });
});
