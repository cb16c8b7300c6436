import { afterEach, describe, expect, it, vi } from "vitest";

async function authSecretWith(vars: Record<string, string>) {
  for (const [name, value] of Object.entries(vars)) vi.stubEnv(name, value);
  vi.resetModules();
  return (await import("@/lib/core/auth-secret")).authSecret;
}

afterEach(() => {
  vi.unstubAllEnvs();
  vi.resetModules();
});

describe("authSecret", () => {
  it("uses NEXTAUTH_SECRET from the environment", async () => {
    const authSecret = await authSecretWith({
      NODE_ENV: "production",
      SITE_URL: "https://reagentdesk.example",
      NEXTAUTH_SECRET: "s".repeat(40),
    });
    expect(authSecret()).toBe("s".repeat(40));
  });

  it("refuses to sign anything on a production https site without it, rather than make one up", async () => {
    const authSecret = await authSecretWith({ NODE_ENV: "production", SITE_URL: "https://reagentdesk.example", NEXTAUTH_SECRET: "" });
    expect(() => authSecret()).toThrow(/NEXTAUTH_SECRET must be set in production/);
  });
});
