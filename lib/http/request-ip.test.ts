import { describe, expect, it } from "vitest";
import { clientIpFrom } from "@/lib/http/request-ip";

describe("clientIpFrom", () => {
  it("without a proxy, takes the socket's address: a client-sent X-Forwarded-For changes nothing", () => {
    expect(clientIpFrom({ forwardedFor: null, peer: "198.51.100.7" }, 0)).toBe("198.51.100.7");
    expect(clientIpFrom({ forwardedFor: "10.0.0.1", peer: "198.51.100.7" }, 0)).toBe("198.51.100.7");
    expect(clientIpFrom({ forwardedFor: "10.0.0.1, 203.0.113.5", peer: "198.51.100.7" }, 0)).toBe("198.51.100.7");
  });

  it("behind one proxy that appends, takes the address that proxy saw", () => {
    expect(clientIpFrom({ forwardedFor: "1.2.3.4, 203.0.113.9", peer: "127.0.0.1" }, 1)).toBe("203.0.113.9");
  });

  it("behind two proxies, skips the inner proxy's entry and ignores what the client wrote", () => {
    expect(clientIpFrom({ forwardedFor: "1.2.3.4, 203.0.113.9, 10.0.0.2", peer: "10.0.0.3" }, 2)).toBe("203.0.113.9");
    expect(clientIpFrom({ forwardedFor: "spoofed, 1.2.3.4, 203.0.113.9, 10.0.0.2", peer: "10.0.0.3" }, 2)).toBe("203.0.113.9");
  });

  it("with fewer entries than proxies, takes the leftmost; with none, the socket's address", () => {
    expect(clientIpFrom({ forwardedFor: "203.0.113.9", peer: "10.0.0.3" }, 3)).toBe("203.0.113.9");
    expect(clientIpFrom({ forwardedFor: "", peer: "10.0.0.3" }, 1)).toBe("10.0.0.3");
    expect(clientIpFrom({ forwardedFor: "", peer: undefined }, 0)).toBeUndefined();
    expect(clientIpFrom({ forwardedFor: "203.0.113.9", peer: undefined }, 0)).toBeUndefined();
  });
});
