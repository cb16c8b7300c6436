import { afterEach, describe, expect, it, vi } from "vitest";

async function envWith(vars: Record<string, string | undefined>) {
  for (const [name, value] of Object.entries(vars)) vi.stubEnv(name, value);
  vi.resetModules();
  return (await import("@/lib/env")).env;
}

afterEach(() => {
  vi.unstubAllEnvs();
  vi.resetModules();
});

describe("SITE_URL", () => {
  it("follows the port the server listens on when unset", async () => {
    expect((await envWith({ SITE_URL: undefined, PORT: "3101" })).SITE_URL).toBe("http://localhost:3101");
    expect((await envWith({ SITE_URL: "", PORT: "3001" })).SITE_URL).toBe("http://localhost:3001");
  });

  it("is 3000 outside a server (scripts), and the configured origin whenever set", async () => {
    expect((await envWith({ SITE_URL: undefined, PORT: undefined })).SITE_URL).toBe("http://localhost:3000");
    expect((await envWith({ SITE_URL: "https://reagentdesk.example", PORT: "3101" })).SITE_URL).toBe("https://reagentdesk.example");
  });
});
