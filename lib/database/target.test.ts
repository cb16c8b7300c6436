import { describe, expect, it } from "vitest";
import { DEFAULT_PGLITE_DIR, resolveDbTarget } from "@/lib/database/target";

describe("resolveDbTarget", () => {
  it("uses the embedded database in ./.data when DATABASE_URL is unset or blank", () => {
    expect(resolveDbTarget(undefined)).toEqual({ kind: "pglite", dataDir: DEFAULT_PGLITE_DIR });
    expect(resolveDbTarget("  ")).toEqual({ kind: "pglite", dataDir: DEFAULT_PGLITE_DIR });
  });

  it("reads pglite:memory and pglite:<dir>", () => {
    expect(resolveDbTarget("pglite:memory")).toEqual({ kind: "pglite", dataDir: undefined });
    expect(resolveDbTarget("pglite://./.data/e2e")).toEqual({ kind: "pglite", dataDir: "./.data/e2e" });
  });

  it("passes PostgreSQL URLs through and rejects anything else with a clear message", () => {
    const url = "postgresql://postgres@127.0.0.1:5432/test";
    expect(resolveDbTarget(url)).toEqual({ kind: "postgres", url });
    expect(() => resolveDbTarget("mysql://root@localhost/test")).toThrow(/DATABASE_URL must be/);
  });
});
