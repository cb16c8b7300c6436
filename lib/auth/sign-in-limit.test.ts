import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { allowSignInLinkTo, allowSignInRequestFrom } from "@/lib/auth/sign-in-limit";

describe("sign-in link limits", () => {
  it("sends one link a minute to an address, whoever asks, and another in the next minute: never a lockout", async () => {
    const email = `member.${randomUUID()}@reagentdesk.example`;
    const minute = new Date("2026-03-02T10:15:00Z");
    expect(await allowSignInLinkTo(email, minute)).toBe(true);
    for (let i = 0; i < 10; i++) expect(await allowSignInLinkTo(email.toUpperCase(), new Date(minute.getTime() + 30_000))).toBe(false);
    expect(await allowSignInLinkTo(email, new Date("2026-03-02T10:16:00Z"))).toBe(true);
    expect(await allowSignInLinkTo(`other.${email}`, minute)).toBe(true);
  });

  it("counts requests per client, twenty an hour by default", async () => {
    const ip = `198.51.100.${Math.floor(Math.random() * 250) + 1}-${randomUUID()}`;
    for (let i = 0; i < 20; i++) expect(await allowSignInRequestFrom(ip)).toBe(true);
    expect(await allowSignInRequestFrom(ip)).toBe(false);
  });
});
