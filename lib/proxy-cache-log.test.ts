import { createServer } from "node:net";
import { afterEach, describe, expect, it, vi } from "vitest";
import { refreshProxiedPages } from "@/lib/proxy-cache";

// lib/proxy-cache.test.ts covers refreshing against a live proxy; this file only checks that a failed
// refresh is reported through the JSON logger (lib/core/log.ts), one object a log collector can index.
afterEach(() => {
  vi.restoreAllMocks();
});

/** A port nothing listens on: bound, noted, released. */
async function closedPort() {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

describe("refreshProxiedPages", () => {
  it("logs a refresh the proxy never answered as one JSON line naming the page", async () => {
    const lines: string[] = [];
    vi.spyOn(console, "error").mockImplementation((line: unknown) => void lines.push(String(line)));
    const origin = `http://127.0.0.1:${await closedPort()}`;
    expect(await refreshProxiedPages({ paths: ["/products/T1000004"], origin })).toEqual([{ path: "/products/T1000004", status: null }]);
    expect(lines).toHaveLength(1);
    expect(JSON.parse(lines[0]!)).toMatchObject({
      level: "error",
      event: "proxy-cache.refresh-failed",
      path: "/products/T1000004",
      error: expect.any(String),
    });
  });
});
