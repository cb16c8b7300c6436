import path from "node:path";
import { defineConfig } from "vitest/config";

const onPostgres = /^postgres(ql)?:/.test(process.env.DATABASE_URL ?? "");

export default defineConfig({
  resolve: {
    tsconfigPaths: true,
    alias: { "server-only": path.resolve("tests/empty-module.ts") },
  },
  test: {
    include: ["lib/**/*.test.ts", "tests/**/*.test.ts", "prisma/**/*.test.ts"],
    environment: "node",
    globalSetup: ["tests/global-setup.ts"],
    setupFiles: ["tests/setup-db.ts"],
    env: {
      DATABASE_URL: process.env.DATABASE_URL || "pglite:memory",
      PGLITE_TEMPLATE: onPostgres ? "" : path.resolve(".data/test-template.tar.gz"),
      NEXT_TELEMETRY_DISABLED: "1",
      // Each email sent and inquiry stored would print a line between the test results.
      LOG_LEVEL: "warn",
    },
    // On one shared PostgreSQL database, files run one after another; each in-memory PGlite is private.
    fileParallelism: !onPostgres,
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
