import { describe, expect, it } from "vitest";
import { parseAuthenticationResults, senderVerified } from "@/lib/triage/authentication-results";

describe("Authentication-Results", () => {
  it("reads the authserv-id, each method's verdict and the domains it names, ignoring comments", () => {
    expect(
      parseAuthenticationResults(
        'mx.google.com; dkim=pass header.i=@example.edu header.s=20230601 header.b=Xq3k; spf=pass (google.com: domain of a@example.edu designates 1.2.3.4 as permitted sender) smtp.mailfrom="a@Example.EDU"; dmarc=pass header.from=example.edu',
      ),
    ).toEqual({
      authservId: "mx.google.com",
      results: [
        { method: "dkim", result: "pass", domains: ["example.edu"] },
        { method: "spf", result: "pass", domains: ["example.edu"] },
        { method: "dmarc", result: "pass", domains: [] },
      ],
    });
  });

  it("verifies a sender only by a passing DKIM or SPF result for their own domain, in the provider's header", () => {
    const fromAddress = "ana@lab.example.edu";
    const verified = (headers: string[], authservId?: string) => senderVerified({ headers, fromAddress, authservId });
    expect(verified(["mx.example; dkim=pass header.d=lab.example.edu"])).toBe(true);
    expect(verified(["mx.example; spf=pass smtp.mailfrom=bounce@example.edu"])).toBe(true);
    expect(verified(["mx.example; dmarc=pass header.from=lab.example.edu"])).toBe(false);
    expect(verified(["mx.example; dkim=pass header.d=evil.example"])).toBe(false);
    expect(verified(["mx.example; dkim=pass header.d=notexample.edu"])).toBe(false);
    expect(verified(["mx.example; dkim=fail header.d=lab.example.edu; spf=softfail smtp.mailfrom=ana@lab.example.edu"])).toBe(false);
    expect(verified([])).toBe(false);
    // Below the provider's own header, anything the sender wrote is ignored…
    expect(verified(["mx.example; spf=fail", "mx.example; dkim=pass header.d=lab.example.edu"])).toBe(false);
    // …and with the provider named, only its headers count.
    expect(verified(["forged; dkim=pass header.d=lab.example.edu"], "mx.example")).toBe(false);
    expect(verified(["forged; dkim=fail", "MX.example; dkim=pass header.d=lab.example.edu"], "mx.example")).toBe(true);
  });
});
