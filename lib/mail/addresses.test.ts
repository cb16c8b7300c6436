import { describe, expect, it } from "vitest";
import { canonicalMailbox, mailDomainOf } from "@/lib/mail/addresses";

describe("canonicalMailbox", () => {
  it("drops +tags everywhere, and dots only where the provider ignores them", () => {
    expect(canonicalMailbox("Victim+1@Example.EDU")).toBe("victim@example.edu");
    expect(canonicalMailbox("j.doe+promo@example.edu")).toBe("j.doe@example.edu");
    expect(canonicalMailbox("J.a.n.e+x@googlemail.com")).toBe("jane@gmail.com");
    expect(canonicalMailbox("jane@gmail.com")).toBe(canonicalMailbox("ja.ne+y@gmail.com"));
    // A leading "+" is the whole local part, not a tag.
    expect(canonicalMailbox("+1@example.edu")).toBe("+1@example.edu");
  });

  it("names the domain mail is delivered to", () => {
    expect(mailDomainOf("a@GoogleMail.com")).toBe("gmail.com");
    expect(mailDomainOf("a@Lab.Example.edu")).toBe("lab.example.edu");
  });
});
