import { describe, expect, it } from "vitest";
import { clientIpFrom } from "@/lib/inquiries/request-ip";

describe("clientIpFrom", () => {
  it("without a proxy, takes the last entry: the one Next writes from the socket", () => {
    expect(clientIpFrom("198.51.100.7", 0)).toBe("198.51.100.7");
    // A client-sent entry before it changes nothing.
    expect(clientIpFrom("10.0.0.1, 198.51.100.7", 0)).toBe("198.51.100.7");
  });

  it("behind one proxy that appends, takes the address that proxy saw", () => {
    expect(clientIpFrom("1.2.3.4, 203.0.113.9", 1)).toBe("203.0.113.9");
  });

  it("behind two proxies, skips the inner proxy's entry and ignores what the client wrote", () => {
    expect(clientIpFrom("1.2.3.4, 203.0.113.9, 10.0.0.2", 2)).toBe("203.0.113.9");
    expect(clientIpFrom("spoofed, 1.2.3.4, 203.0.113.9, 10.0.0.2", 2)).toBe("203.0.113.9");
  });

  it("with fewer entries than proxies, takes the leftmost; with none, nothing", () => {
    expect(clientIpFrom("203.0.113.9", 3)).toBe("203.0.113.9");
    expect(clientIpFrom("", 0)).toBeUndefined();
    expect(clientIpFrom(null, 1)).toBeUndefined();
  });
});
